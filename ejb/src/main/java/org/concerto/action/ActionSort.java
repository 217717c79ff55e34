package org.concerto.action;

/** The columns the action lists sort on, as JPQL paths (the priority and status in their own order, not alphabetically). */
public enum ActionSort {
    DUE("a.dueDate"),
    PRIORITY(
            "case a.priority when org.concerto.action.ActionPriority.HIGH then 3 when org.concerto.action.ActionPriority.NORMAL then 2 else 1 end"),
    STATUS(
            "case a.status when org.concerto.action.ActionStatus.OPEN then 1 when org.concerto.action.ActionStatus.IN_PROGRESS then 2 "
                    + "when org.concerto.action.ActionStatus.DONE then 3 else 4 end"),
    MEETING("m.schedule.startsAt"),
    OWNER("p.lastName"),
    ORGANISATION("po.name");

    private final String path;

    ActionSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
