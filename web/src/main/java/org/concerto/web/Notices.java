package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Messages;

/**
 * The one way to tell the user what happened, in their language: {@link #done} for what was done, {@link #error} for
 * what was not. Both land in the layout's messages (and in a dialog's own, when it has some); a service's refusal
 * needs no call at all: {@link ConcertoExceptionHandler} shows it through {@link #refused}, beside the field it names.
 */
@RequestScoped
public class Notices {

    /** Refusals that are about one field but do not name it as their first argument. */
    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "error.email.invalid", "email",
            "error.person.emailTaken", "email",
            "error.organisation.nameTaken", "name");

    @Inject
    private FacesContext context;

    @Inject
    private LocaleBacking language;

    /** On the page being answered (an ajax update). */
    public void done(String key, Object... arguments) {
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO, Messages.format(language.getLocale(), key, arguments), null));
    }

    /** On the page a redirect is about to open. */
    public void doneBeforeRedirect(String key, Object... arguments) {
        done(key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Something the page itself refuses, before any service is asked: nothing was done, the page stays as typed. */
    public void error(String key, Object... arguments) {
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Messages.format(language.getLocale(), key, arguments), null));
        context.validationFailed();
    }

    /**
     * A service's refusal, once: beside the field it is about (the field named as its first argument, or the e-mail
     * address of a duplicate) in the form that was posted, and at the top of the page, so that a user who does not see
     * the field still learns that nothing was saved.
     */
    public static void refused(FacesContext context, BusinessException refusal) {
        Locale locale = context.getViewRoot() == null
                ? Messages.FRENCH
                : context.getViewRoot().getLocale();
        String text = refusal.getMessage(locale);
        // One refusal can be queued once per wrapper (EL, Faces, the component): say it once.
        if (context.getMessageList().stream().noneMatch(m -> text.equals(m.getSummary()))) {
            UIComponent input = field(context, refusal);
            context.addMessage(
                    input == null ? null : input.getClientId(context),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }

    private static UIComponent field(FacesContext context, BusinessException refusal) {
        Object[] arguments = refusal.getArguments();
        String field = FIELD_OF_KEY.getOrDefault(
                refusal.getKey(),
                arguments.length > 0 && arguments[0] instanceof FieldName name ? name.toString() : null);
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        AtomicReference<UIComponent> found = new AtomicReference<>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm form && form.isSubmitted()) {
                found.set(form.findComponent(field));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
