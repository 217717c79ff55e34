package org.concerto.web.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.concerto.shared.Messages;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;

/**
 * The converter of every date field ({@code c:date}): a day ({@code 31/12/2027}) or, when the field shows the time, a
 * day and a time ({@code 31/12/2027 14:00}), read strictly. A day the calendar does not have (31/02) is refused rather
 * than moved to the end of the month, and so is a year outside {@link PlausibleDate}'s; each refusal names the field
 * and what was typed, which stays in the field.
 */
@FacesConverter("concerto.date")
public class DateField implements Converter<Object> {

    static final String DAY = "dd/MM/uuuu";
    static final String DAY_TIME = "dd/MM/uuuu HH:mm";

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        boolean withTime = withTime(component);
        Locale locale = context.getViewRoot().getLocale();
        TemporalAccessor date;
        try {
            date = withTime ? LocalDateTime.parse(text, formatter(DAY_TIME)) : LocalDate.parse(text, formatter(DAY));
        } catch (DateTimeParseException notADate) {
            throw refusal(
                    Messages.format(
                            locale,
                            "error.date.invalid",
                            LengthValidator.label(component),
                            text,
                            Messages.get(locale, withTime ? "date.pattern.dayTime" : "date.pattern.day")),
                    notADate);
        }
        if (!PlausibleDates.isPlausible(date)) {
            throw refusal(
                    Messages.format(
                            locale,
                            "error.date.outOfRange",
                            LengthValidator.label(component),
                            text,
                            String.valueOf(PlausibleDates.FIRST_YEAR),
                            String.valueOf(PlausibleDates.LAST_YEAR)),
                    null);
        }
        return date;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime time) {
            return withTime(component) ? time.format(formatter(DAY_TIME)) : time.format(formatter(DAY));
        }
        if (value instanceof LocalDate day) {
            return day.format(formatter(DAY));
        }
        return value.toString();
    }

    private static boolean withTime(UIComponent component) {
        Object showTime = component.getAttributes().get("showTime");
        return showTime instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(showTime));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static ConverterException refusal(String text, Throwable cause) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        return cause == null ? new ConverterException(message) : new ConverterException(message, cause);
    }
}
