package org.concerto.shared;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An instant as a message argument: day and time in Concerto's zone (Europe/Paris), whatever the server's zone. */
public final class ParisTime implements Localizable, Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant instant;

    public ParisTime(Instant instant) {
        this.instant = instant;
    }

    @Override
    public String toString(Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale)
                .withZone(Zones.DEFAULT)
                .format(instant);
    }
}
