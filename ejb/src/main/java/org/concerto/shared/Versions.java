package org.concerto.shared;

/**
 * Optimistic locking across a form: the page keeps the version it showed, the service refuses the
 * save when someone else has saved in between, so nobody overwrites a change they never saw.
 */
public final class Versions {

    private Versions() {}

    public static void require(AbstractEntity entity, long versionShown) {
        if (entity.getVersion() != versionShown) {
            throw new BusinessException("error.stale");
        }
    }
}
