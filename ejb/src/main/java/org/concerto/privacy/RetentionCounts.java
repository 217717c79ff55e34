package org.concerto.privacy;

/** What the retention schedule removes (or would remove, in a dry run). */
public class RetentionCounts {

    private final int people;
    private final int mails;
    private final int personYears;
    private final int outboxDays;

    RetentionCounts(int people, int mails, RetentionSchedule schedule) {
        this.people = people;
        this.mails = mails;
        this.personYears = schedule.getPersonYears();
        this.outboxDays = schedule.getOutboxDays();
    }

    /** People whose name and contact details are anonymised. */
    public int getPeople() {
        return people;
    }

    /** Mails deleted from the outbox. */
    public int getMails() {
        return mails;
    }

    public int getPersonYears() {
        return personYears;
    }

    public int getOutboxDays() {
        return outboxDays;
    }
}
