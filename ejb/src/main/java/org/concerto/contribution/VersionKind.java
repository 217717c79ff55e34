package org.concerto.contribution;

/**
 * A version is the contribution itself, or its redacted public version: both can coexist, and the
 * public one is what anonymous visitors read once the meeting is published.
 */
public enum VersionKind {
    MAIN,
    PUBLIC_REDACTED
}
