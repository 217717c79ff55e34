package org.concerto.web.directory;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Messages;

import java.util.Map;

/**
 * Shows a service's refusal where the user looks for it: beside the field it is about (the field named
 * in the message, or the e-mail address for a duplicate), else at the top of the page.
 */
final class FormMessages {

    /** Refusals that are about one field but do not name it as their first argument. */
    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "error.email.invalid", "email",
            "error.person.emailTaken", "email",
            "error.organisation.nameTaken", "name");

    private FormMessages() {
    }

    static void refuse(FacesContext context, String formId, BusinessException refusal) {
        String message = refusal.getMessage(context.getViewRoot().getLocale());
        Object[] arguments = refusal.getArguments();
        String field = FIELD_OF_KEY.getOrDefault(refusal.getKey(),
                arguments.length > 0 && arguments[0] instanceof FieldName name ? name.toString() : null);
        UIComponent input = field == null ? null : context.getViewRoot().findComponent(formId + ":" + field);
        // The layout's messages show it at the top as well, so a user who does not see the field still learns that nothing was saved.
        context.addMessage(input == null ? null : input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    static void saved(FacesContext context, String key) {
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context.getViewRoot().getLocale(), key), null));
    }
}
