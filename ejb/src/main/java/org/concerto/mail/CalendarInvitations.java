package org.concerto.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545/5546) invitations: REQUEST to invite or to move a meeting, CANCEL to call it
 * off. Times are written in UTC, which every calendar reads without a time zone definition.
 */
public final class CalendarInvitations {

    public static final String FILE_NAME = "invitation.ics";
    static final String PRODUCT = "-//Concerto//Stakeholder meetings//FR";

    private CalendarInvitations() {}

    public static byte[] request(CalendarEvent event, Instant now) {
        return write(calendar(event, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED, now));
    }

    public static byte[] cancel(CalendarEvent event, Instant now) {
        return write(calendar(event, Method.VALUE_CANCEL, Status.VALUE_CANCELLED, now));
    }

    /** The MIME type of the part, with the method that mail clients look for to show Accept/Decline. */
    public static String contentType(boolean cancel) {
        return "text/calendar; charset=UTF-8; method=" + (cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST);
    }

    private static Calendar calendar(CalendarEvent event, String method, String status, Instant now) {
        VEvent vevent = new VEvent(utc(event.getStart()), utc(event.getEnd()), event.getSummary());
        vevent.add(new Uid(event.getUid()));
        vevent.add(new Sequence(event.getSequence()));
        vevent.add(new DtStamp(utc(now)));
        vevent.add(new Status(status));
        if (event.getLocation() != null) {
            vevent.add(new Location(event.getLocation()));
        }
        if (event.getDescription() != null) {
            vevent.add(new Description(event.getDescription()));
        }
        ParameterList organizer = new ParameterList();
        if (event.getOrganizerName() != null) {
            organizer = organizer.add(new Cn(event.getOrganizerName()));
        }
        vevent.add(new Organizer(organizer, mailto(event.getOrganizerEmail())));
        ParameterList attendee = new ParameterList()
                .add(Role.REQ_PARTICIPANT)
                .add(PartStat.NEEDS_ACTION)
                .add(new Rsvp(false));
        if (event.getAttendeeName() != null) {
            attendee = attendee.add(new Cn(event.getAttendeeName()));
        }
        vevent.add(new Attendee(attendee, mailto(event.getAttendeeEmail())));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(vevent);
        return calendar;
    }

    /** Whole seconds in UTC: calendars ignore fractions, and a stable text is easier to compare. */
    private static Instant utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }

    private static byte[] write(Calendar calendar) {
        try (StringWriter out = new StringWriter()) {
            // Not validated on output: a meeting without a location is still a good invitation.
            new CalendarOutputter(false).output(calendar, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
