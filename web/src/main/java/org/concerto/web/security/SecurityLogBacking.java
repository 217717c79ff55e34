package org.concerto.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concerto.participant.EmailAddresses;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityEventRow;
import org.concerto.security.SecurityLog;
import org.concerto.shared.Zones;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /security/log.xhtml: the security log, newest first, paged and filtered in the database. */
@Named
@ViewScoped
public class SecurityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLog securityLog;

    private SecurityEventKind kind;

    @Size(max = EmailAddresses.LENGTH) private String login;

    private LocalDate fromDay;
    private LocalDate toDay;

    /** The filter the table shows: set by {@link #apply()} once it is valid. */
    private SecurityEventKind shownKind;

    private String shownLogin;
    private Instant shownFrom;
    private Instant shownTo;

    private final LazyDataModel<SecurityEventRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, securityLog.count(shownKind, shownLogin, shownFrom, shownTo));
        }

        @Override
        public List<SecurityEventRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return securityLog.search(shownKind, shownLogin, shownFrom, shownTo, first, pageSize);
        }

        @Override
        public String getRowKey(SecurityEventRow row) {
            return String.valueOf(row.getId());
        }
    };

    /**
     * Applies the filter. The days are Paris days, both included: "to" the 3rd is up to the 4th at
     * midnight. A period that ends before it starts is refused with a message and the table stays as it was.
     */
    public void apply() {
        Instant from =
                fromDay == null ? null : fromDay.atStartOfDay(Zones.DEFAULT).toInstant();
        Instant to = toDay == null
                ? null
                : toDay.plusDays(1).atStartOfDay(Zones.DEFAULT).toInstant();
        org.concerto.security.LogPeriod.require(from, to);
        shownKind = kind;
        shownLogin = login;
        shownFrom = from;
        shownTo = to;
    }

    public LazyDataModel<SecurityEventRow> getModel() {
        return model;
    }

    public SecurityEventKind[] getKinds() {
        return SecurityEventKind.values();
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public void setKind(SecurityEventKind kind) {
        this.kind = kind;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}
