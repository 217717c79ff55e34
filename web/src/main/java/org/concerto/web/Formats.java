package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concerto.shared.Messages;
import org.concerto.shared.Zones;

/**
 * Dates, times and labels as the user reads them: instants shown in the user's zone (Paris unless
 * they say otherwise), in their language; enum constants by their label in the bundle.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    private LocaleBacking language;

    public ZoneId getZone() {
        return Zones.DEFAULT;
    }

    /** "jeudi 12 septembre 2019" */
    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
    }

    /** "12/09/2019 14:00" */
    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
    }

    /** "14:00" */
    public String time(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }

    /** "jeudi 12 septembre 2019, 14:00 – 17:30" (dates spanning days are written in full on both sides). */
    public String span(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        boolean sameDay = start.atZone(getZone())
                .toLocalDate()
                .equals(end.atZone(getZone()).toLocalDate());
        return sameDay ? date(start) + ", " + time(start) + " – " + time(end) : dateTime(start) + " – " + dateTime(end);
    }

    /** "1 h 30", "45 min" */
    public String minutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + String.format("%02d", rest);
    }

    /** "12 sept. 2019": a day of the calendar (a due date), with no time and no zone. */
    public String day(java.time.LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(day);
    }

    public String label(Enum<?> constant) {
        return constant == null ? "" : Messages.label(language.getLocale(), constant);
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null
                ? ""
                : formatter.withLocale(locale()).withZone(getZone()).format(instant);
    }

    /** English dates are written the British way (day before month, 24-hour clock), as Europeans read them. */
    private Locale locale() {
        return language.isEnglish() ? Locale.UK : language.getLocale();
    }
}
