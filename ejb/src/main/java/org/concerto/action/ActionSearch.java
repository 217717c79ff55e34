package org.concerto.action;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The filters and the order of an action list, as the dashboards set them; applied in the database. */
public class ActionSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text searched for. */
    public static final int TEXT_LENGTH = 100;

    @Size(max = ActionSearch.TEXT_LENGTH) private String text;

    private ActionScope scope = ActionScope.PENDING;
    private ActionStatus status;
    private ActionPriority priority;
    private Long organisationId;
    private String subject;
    private Long meetingId;
    private boolean mine;
    private ActionSort sort = ActionSort.DUE;
    private boolean ascending = true;

    /** The caller's own actions (as owner, or through their organisation), still pending. */
    public static ActionSearch mine() {
        ActionSearch search = new ActionSearch();
        search.setMine(true);
        return search;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ActionScope getScope() {
        return scope;
    }

    public void setScope(ActionScope scope) {
        this.scope = scope == null ? ActionScope.ALL : scope;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public void setPriority(ActionPriority priority) {
        this.priority = priority;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public ActionSort getSort() {
        return sort;
    }

    public void setSort(ActionSort sort) {
        this.sort = sort == null ? ActionSort.DUE : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
