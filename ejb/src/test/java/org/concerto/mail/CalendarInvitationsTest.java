package org.concerto.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarInvitationsTest {

    private static final Instant START = Instant.parse("2030-09-12T12:00:00Z");
    private static final Instant END = Instant.parse("2030-09-12T15:30:00Z");
    private static final Instant NOW = Instant.parse("2030-08-01T08:00:00Z");

    private static CalendarEvent event(int sequence) {
        return new CalendarEvent(
                "4f1c-meeting@concerto",
                sequence,
                START,
                END,
                "Pompe MIP : réflexion partagée",
                "Ordre du jour",
                "ANSM, Saint-Denis",
                "Secrétariat",
                "concerto@ansm.example",
                "Marie Lefort",
                "marie@avpi.example");
    }

    private static VEvent parse(byte[] ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo(method);
        return calendar.<VEvent>getComponents().get(0);
    }

    @Test
    void aRequestCarriesTheMeetingsUidSequenceTimesPlaceAndPeople() throws Exception {
        VEvent event = parse(CalendarInvitations.request(event(0), NOW), "REQUEST");

        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("4f1c-meeting@concerto");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("0");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(START);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(END);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Pompe MIP : réflexion partagée");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("ANSM, Saint-Denis");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:concerto@ansm.example");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:marie@avpi.example");
    }

    @Test
    void aCancellationKeepsTheUidAndCarriesTheRaisedSequence() throws Exception {
        VEvent event = parse(CalendarInvitations.cancel(event(2), NOW), "CANCEL");

        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("4f1c-meeting@concerto");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("2");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void theTimesAreWrittenInUtc() {
        String ics = new String(CalendarInvitations.request(event(1), NOW), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(ics).contains("DTSTART:20300912T120000Z", "DTEND:20300912T153000Z", "SEQUENCE:1");
    }
}
