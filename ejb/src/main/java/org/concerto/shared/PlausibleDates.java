package org.concerto.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The days Concerto's work can fall on: the years {@value #FIRST_YEAR} to {@value #LAST_YEAR} (in Paris time for an
 * instant). Outside them a date is a typing slip (year 1, year 20207), never a meeting, a deadline or a declared tie.
 * The form fields refuse such a date as it is typed; the entities' constructors refuse it with a message naming the
 * field ({@link #check}); their {@link PlausibleDate} constraint makes any other way of storing one fail.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /** Whether the date or instant lies in the years Concerto takes; null is left to {@code @NotNull}. */
    public static boolean isPlausible(Object value) {
        TemporalAccessor date;
        if (value == null) {
            return true;
        } else if (value instanceof Instant instant) {
            date = instant.atZone(Zones.DEFAULT);
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime) {
            date = (TemporalAccessor) value;
        } else {
            throw new IllegalArgumentException("Not a date: " + value.getClass());
        }
        int year = date.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The date, refused with {@code error.date.range} naming the field when it is outside the years Concerto takes. */
    public static <T> T check(T value, String field) {
        if (!isPlausible(value)) {
            throw new BusinessException(
                    "error.date.range", new FieldName(field), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return value;
    }

    private PlausibleDates() {}
}
