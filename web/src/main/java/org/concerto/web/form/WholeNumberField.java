package org.concerto.web.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigInteger;
import java.util.Locale;
import org.concerto.shared.Messages;

/**
 * The converter of every number field ({@code c:number}): a whole number between the field's {@code minValue} and
 * {@code maxValue}, as typed. Anything else is refused with a message naming the field, the limits and what was typed,
 * which stays in the field: a number is never clamped into range nor cut to fit.
 */
@FacesConverter("concerto.wholeNumber")
public class WholeNumberField implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        // Spaces (also the no-break ones French puts between thousands) group digits; they are not part of the number.
        String text = typed.strip();
        String digits = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace('\u2212', '-');
        Locale locale = context.getViewRoot().getLocale();
        String label = LengthValidator.label(component);
        if (!digits.matches("[+-]?\\d{1,1000}")) {
            throw refusal(Messages.format(locale, "error.number.invalid", label, text));
        }
        BigInteger number = new BigInteger(digits);
        BigInteger min = limit(component, "minValue", Integer.MIN_VALUE);
        BigInteger max = limit(component, "maxValue", Integer.MAX_VALUE);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw refusal(Messages.format(locale, "error.number.range", label, min.toString(), max.toString(), text));
        }
        return number.intValueExact();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }

    private static BigInteger limit(UIComponent component, String attribute, int otherwise) {
        Object limit = component.getAttributes().get(attribute);
        return limit == null || limit.toString().isBlank()
                ? BigInteger.valueOf(otherwise)
                : new BigInteger(limit.toString().strip());
    }

    private static ConverterException refusal(String text) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
