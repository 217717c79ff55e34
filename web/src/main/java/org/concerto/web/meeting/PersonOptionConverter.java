package org.concerto.web.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.PersonOption;
import org.concerto.meeting.PreparationService;

/** Used as converter="#{personOptionConverter}". A suggested person travels as their id and comes back as the option read again from the directory. */
@Named
@ApplicationScoped
public class PersonOptionConverter implements Converter<PersonOption> {

    @Inject
    private PreparationService preparation;

    @Override
    public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return preparation.option(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonOption option) {
        return option == null ? "" : String.valueOf(option.getId());
    }
}
