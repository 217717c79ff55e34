package org.concerto.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.logging.Logger;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;
import org.concerto.web.security.ClientAddress;
import org.concerto.web.security.RefusalFilter;

/**
 * Turns what services refuse into what the user should see: a refused access becomes the 403 page, an
 * unknown id the 404 page, a broken rule a message on the same page (no stack trace for a user's
 * mistake), a view that is gone the "page expired" page. Everything else goes on to PrimeFaces' handler and the 500 page.
 */
public class ConcertoExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ConcertoExceptionHandler.class.getName());

    public ConcertoExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable cause = rootCause(events.next().getContext().getException());
            if (cause instanceof ViewExpiredException) {
                // Thrown by Faces when a view's state is gone, or by a view-scoped bean whose scope is gone (wrapped
                // by EL then): the "page expired" page either way, never the error page.
                events.remove();
                expired(context);
            } else if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                events.remove();
                LOG.info(() ->
                        "Access refused to " + context.getExternalContext().getRemoteUser() + " on "
                                + context.getExternalContext().getRequestServletPath());
                logRefusal(context);
                sendError(context, 403);
            } else if (cause instanceof NotFoundException) {
                events.remove();
                sendError(context, 404);
            } else if (cause instanceof BusinessException || cause instanceof ConstraintViolationException) {
                events.remove();
                BusinessException refusal = cause instanceof ConstraintViolationException violations
                        ? refusal(violations)
                        : (BusinessException) cause;
                // On the same page, ajax or not: the lifecycle skips to rendering, and the inputs show what was typed.
                Notices.refused(context, refusal);
                if (!context.getPartialViewContext().isAjaxRequest()) {
                    context.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    /** Into the security log, once: the 403 page's RefusalFilter skips what is already logged. */
    private static void logRefusal(FacesContext context) {
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        request.setAttribute(RefusalFilter.LOGGED, Boolean.TRUE);
        CDI.current()
                .select(SecurityLog.class)
                .get()
                .record(
                        SecurityEventKind.ACCESS_REFUSED,
                        request.getRemoteUser(),
                        ClientAddress.of(request),
                        request.getServletPath());
    }

    private static void sendError(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/errors/" + status + ".xhtml");
            } else {
                external.responseReset();
                external.responseSendError(status, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "page expired" page, by a redirect: an ajax request follows it too. */
    private static void expired(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        try {
            if (!context.getPartialViewContext().isAjaxRequest()) {
                external.responseReset();
            }
            external.redirect(external.getRequestContextPath() + "/errors/expired.xhtml");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal behind the wrappers that Faces, EL and EJB put around it, or the exception itself. */
    private static Throwable rootCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof BusinessException
                    || t instanceof EJBAccessException
                    || t instanceof ViewExpiredException
                    || t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return throwable;
    }

    /**
     * A value that passed the forms but not an entity's Bean Validation constraints, at the last moment before it is
     * stored: said like the refusals of the entities' own rules, naming the field (nothing was stored).
     */
    static BusinessException refusal(ConstraintViolationException violations) {
        ConstraintViolation<?> violation =
                violations.getConstraintViolations().stream().findFirst().orElse(null);
        if (violation == null) {
            return new BusinessException("error.field.invalid", "?");
        }
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        FieldName field = new FieldName(property == null ? "value" : property);
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof PlausibleDate) {
            return new BusinessException(
                    "error.date.range",
                    field,
                    String.valueOf(PlausibleDates.FIRST_YEAR),
                    String.valueOf(PlausibleDates.LAST_YEAR));
        }
        if (constraint instanceof Size size) {
            return new BusinessException("error.tooLong", field, size.max());
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            return new BusinessException("error.required", field);
        }
        return new BusinessException("error.field.invalid", field);
    }

    /** Registered in faces-config.xml after PrimeFaces' factory, so that it wraps PrimeFaces' handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ConcertoExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
