package org.concerto.web.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.io.Serializable;
import org.concerto.shared.Messages;

/**
 * Refuses a text longer than its column, naming the field, the limit and what was typed, in the validation phase:
 * the page comes back with the text still in the field. Instead of a browser {@code maxlength}, which cuts a pasted
 * text without a word.
 */
public class LengthValidator implements Validator<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String constraints;

    /** @param constraints where the limit comes from ({@code org.concerto.meeting.Meeting.title}), or null: the field's value. */
    public LengthValidator(String constraints) {
        this.constraints = constraints;
    }

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        Integer max = FieldHandler.constraints(context.getELContext(), component, constraints)
                .getMaxLength();
        // Measured as the entities measure it: what surrounds the text is not kept.
        int length = text.trim().length();
        if (max != null && length > max) {
            throw new ValidatorException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    Messages.format(
                            context.getViewRoot().getLocale(), "error.field.tooLong", label(component), max, length),
                    null));
        }
    }

    static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? component.getId() : label.toString();
    }
}
