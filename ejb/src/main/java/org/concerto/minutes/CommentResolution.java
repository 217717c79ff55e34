package org.concerto.minutes;

/** What the secretariat did with a participant's comment on the draft minutes. */
public enum CommentResolution {
    TAKEN_INTO_ACCOUNT,
    NOT_TAKEN_INTO_ACCOUNT
}
