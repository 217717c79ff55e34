package org.concerto.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A day Concerto's work can fall on ({@link PlausibleDates}), as a Bean Validation constraint of the entities' dates. */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "{error.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean Validation's side of the rule. */
    class Validator implements ConstraintValidator<PlausibleDate, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return PlausibleDates.isPlausible(value);
        }
    }
}
