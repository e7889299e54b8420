package com.careerbridge.crm.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarInvitation} as an iCalendar object (RFC 5545) for an iTIP request or cancellation
 * (RFC 5546), with ical4j: the organizer is the consultancy's sending address, the attendee the recipient, times in
 * UTC. The summary is the mail's subject, so it is already in the reader's language.
 */
final class InvitationIcs {

    private static final String PRODUCT = "-//CareerBridge//CareerBridge CRM//EN";

    private InvitationIcs() {
    }

    static String write(CalendarInvitation invitation, String summary, String organizerAddress, String organizerName,
                        String attendeeAddress, String attendeeName, Instant stamp) {
        VEvent event = new VEvent(invitation.start(), invitation.end(), summary);
        event.add(new Uid(invitation.uid()));
        event.add(new Sequence(invitation.sequence()));
        event.replace(new DtStamp(stamp));
        event.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))),
                URI.create("mailto:" + organizerAddress)));
        event.add(new Attendee(new ParameterList(List.of(new Cn(attendeeName == null ? attendeeAddress
                : attendeeName), Role.REQ_PARTICIPANT, invitation.cancelled() ? PartStat.DECLINED
                : PartStat.NEEDS_ACTION)), URI.create("mailto:" + attendeeAddress)));
        event.add(invitation.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        if (invitation.location() != null && !invitation.location().isBlank()) {
            event.add(new Location(invitation.location()));
        }
        if (invitation.url() != null) {
            event.add(new Url(invitation.url()));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(invitation.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
