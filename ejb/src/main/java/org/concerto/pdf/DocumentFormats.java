package org.concerto.pdf;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concerto.shared.Zones;

/**
 * Dates, times and durations as the documents print them: in Paris time, in the reader's language,
 * English the British way (day before month, 24-hour clock), as the pages show them.
 */
final class DocumentFormats {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(Zones.DEFAULT);

    private final Locale locale;

    DocumentFormats(Locale locale) {
        this.locale = Typography.isFrench(locale) ? Locale.FRENCH : Locale.UK;
    }

    /** "jeudi 12 septembre 2019" */
    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withZone(Zones.DEFAULT)
                .format(instant);
    }

    /** "12 septembre 2019" */
    String longDate(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(Zones.DEFAULT)
                .format(instant);
    }

    /** "14:00" */
    String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(Zones.DEFAULT)
                .format(instant);
    }

    /** "14:00 – 17:30" (never split across lines), or both dates in full when the span crosses midnight. */
    String times(Instant start, Instant end) {
        boolean sameDay = start.atZone(Zones.DEFAULT)
                .toLocalDate()
                .equals(end.atZone(Zones.DEFAULT).toLocalDate());
        return sameDay
                ? time(start) + "\u00A0–\u00A0" + time(end)
                : date(start) + ", " + time(start) + "\u00A0– " + date(end) + ", " + time(end);
    }

    /** "45 min", "1 h", "1 h 30", with no-break spaces so that a duration never splits across lines. */
    static String minutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + "\u00A0min";
        }
        return rest == 0 ? hours + "\u00A0h" : hours + "\u00A0h\u00A0" + String.format(Locale.ROOT, "%02d", rest);
    }

    /** "2019-09-12" (Paris), for file names. */
    static String isoDate(Instant instant) {
        return ISO_DATE.format(instant);
    }
}
