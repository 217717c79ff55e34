package org.concerto.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityEventRow;
import org.concerto.security.SecurityLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /security/log.xhtml: the security log, newest first, paged and filtered in the database. */
@Named
@ViewScoped
public class SecurityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLog securityLog;

    private SecurityEventKind kind;
    private String login;

    private final LazyDataModel<SecurityEventRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, securityLog.count(kind, login, null, null));
        }

        @Override
        public List<SecurityEventRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return securityLog.search(kind, login, null, null, first, pageSize);
        }

        @Override
        public String getRowKey(SecurityEventRow row) {
            return String.valueOf(row.getId());
        }
    };

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
}
