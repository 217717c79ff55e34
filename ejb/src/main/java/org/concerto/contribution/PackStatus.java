package org.concerto.contribution;

/** The state of a meeting pack being built in the background. */
public enum PackStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean isUnderWay() {
        return this == QUEUED || this == RUNNING;
    }
}
