package org.concerto.shared;

import java.time.ZoneId;

/** Instants are stored; they are shown in the user's zone, which is Paris unless the user says otherwise. */
public final class Zones {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    private Zones() {}
}
