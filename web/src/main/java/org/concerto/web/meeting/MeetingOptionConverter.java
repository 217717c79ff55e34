package org.concerto.web.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.MeetingOption;
import org.concerto.meeting.PreparationService;

/** Used as converter="#{meetingOptionConverter}". A suggested meeting travels as its id and comes back as the option read again. */
@Named
@ApplicationScoped
public class MeetingOptionConverter implements Converter<MeetingOption> {

    @Inject
    private PreparationService preparation;

    @Override
    public MeetingOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return preparation.meetingOption(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MeetingOption option) {
        return option == null ? "" : String.valueOf(option.getId());
    }
}
