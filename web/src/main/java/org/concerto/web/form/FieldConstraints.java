package org.concerto.web.form;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.ValueExpression;
import jakarta.el.ValueReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a property's Bean Validation constraints say a form field must hold: whether it is required
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) and its longest length ({@code @Size(max)}), read by
 * reflection from the field or its getter, up the class hierarchy (so a CDI proxy reads as its bean), once per
 * class and property.
 */
public final class FieldConstraints {

    /** A property with no constraint: neither required nor bounded. */
    public static final FieldConstraints NONE = new FieldConstraints(false, null);

    private static final Map<String, FieldConstraints> CACHE = new ConcurrentHashMap<>();

    private final boolean required;
    private final Integer maxLength;

    private FieldConstraints(boolean required, Integer maxLength) {
        this.required = required;
        this.maxLength = maxLength;
    }

    /** The constraints of {@code property} of {@code type}, or {@link #NONE} when it has none or does not exist. */
    public static FieldConstraints of(Class<?> type, String property) {
        return CACHE.computeIfAbsent(type.getName() + "#" + property, key -> read(type, property));
    }

    /** The constraints named like {@code org.concerto.meeting.Meeting.title}: a class, a dot, a property. */
    public static FieldConstraints named(String qualifiedProperty) {
        int dot = qualifiedProperty.lastIndexOf('.');
        if (dot <= 0 || dot == qualifiedProperty.length() - 1) {
            throw new IllegalArgumentException("Not a class and property: " + qualifiedProperty);
        }
        try {
            Class<?> type =
                    Class.forName(qualifiedProperty.substring(0, dot), false, FieldConstraints.class.getClassLoader());
            return of(type, qualifiedProperty.substring(dot + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown class in " + qualifiedProperty, e);
        }
    }

    /**
     * The constraints of the property a value expression writes to ({@code #{bean.draft.title}}: the {@code title} of
     * the draft's class), or {@link #NONE} when it writes to no bean property (a map entry, a list element).
     */
    public static FieldConstraints of(ValueExpression value, ELContext context) {
        ValueReference reference;
        try {
            reference = value == null ? null : value.getValueReference(context);
        } catch (PropertyNotFoundException noBaseYet) {
            // A form object not made yet (a dialog's, before it opens): no field to check, nothing to mark.
            return NONE;
        }
        if (reference == null
                || reference.getBase() == null
                || !(reference.getProperty() instanceof String property)
                || reference.getBase() instanceof Map
                || reference.getBase() instanceof List) {
            return NONE;
        }
        return of(reference.getBase().getClass(), property);
    }

    private static FieldConstraints read(Class<?> type, String property) {
        boolean required = false;
        Integer maxLength = null;
        for (AnnotatedElement element : declarations(type, property)) {
            required |= element.isAnnotationPresent(NotNull.class)
                    || element.isAnnotationPresent(NotBlank.class)
                    || element.isAnnotationPresent(NotEmpty.class);
            Size size = element.getAnnotation(Size.class);
            if (size != null && size.max() != Integer.MAX_VALUE) {
                maxLength = maxLength == null ? size.max() : Math.min(maxLength, size.max());
            }
        }
        return required || maxLength != null ? new FieldConstraints(required, maxLength) : NONE;
    }

    /** The field named {@code property} and its getter, in the class and its superclasses. */
    private static List<AnnotatedElement> declarations(Class<?> type, String property) {
        String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        List<AnnotatedElement> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    found.add(field);
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.getParameterCount() == 0
                        && (method.getName().equals("get" + suffix)
                                || method.getName().equals("is" + suffix))) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    public boolean isRequired() {
        return required;
    }

    /** The longest text the property takes, or null when unbounded. */
    public Integer getMaxLength() {
        return maxLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldConstraints that
                && required == that.required
                && Objects.equals(maxLength, that.maxLength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(required, maxLength);
    }

    @Override
    public String toString() {
        return "FieldConstraints[required=" + required + ", maxLength=" + maxLength + "]";
    }
}
