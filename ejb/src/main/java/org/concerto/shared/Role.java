package org.concerto.shared;

/** Application-wide roles; what someone may do in one meeting also depends on their invitation. */
public enum Role {
    /** Regulator staff who organise meetings: see and manage every meeting. */
    SECRETARIAT,
    /** Anyone invited to meetings: sees only the meetings they are invited to. */
    PARTICIPANT;

    /** The names used in {@code @RolesAllowed}, which needs constants. */
    public static final class Names {
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String PARTICIPANT = "PARTICIPANT";

        private Names() {}
    }
}
