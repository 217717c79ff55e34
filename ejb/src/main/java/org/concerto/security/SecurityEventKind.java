package org.concerto.security;

/** What the security log records. */
public enum SecurityEventKind {
    LOGIN,
    LOGIN_FAILED,
    LOCKED_OUT,
    LOGOUT,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_REMOVED,
    RECOVERY_CODE_USED,
    ACCESS_REFUSED,
    DOWNLOAD,
    ACCOUNT_INVITED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    LINK_REFUSED
}
