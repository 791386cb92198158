package org.boussole.accompaniment.appointment;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar text (RFC 5545) of an appointment: one VEVENT whose UID stays the same
 * for the appointment's whole life and whose SEQUENCE grows with each change, so that a
 * calendar moves or removes the entry it added before. Times are written in UTC.
 */
final class AppointmentCalendar {

	static final String UID_DOMAIN = "@rendez-vous.boussole";

	private AppointmentCalendar() {
	}

	/**
	 * @param link the address of each appointment's page
	 * @return a published calendar of these appointments (no names: the summary gives the
	 * mode only)
	 */
	static String feed(java.util.List<Appointment> appointments, java.util.function.Function<Appointment, String> link,
			Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Boussole//Agenda//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		for (Appointment appointment : appointments) {
			VEvent entry = new VEvent(appointment.getStartAt(), appointment.getEndAt(),
					"Boussole – " + MODE_LABELS.get(appointment.getMode()));
			entry.replace(new DtStamp(now));
			entry.add(new Uid(appointment.getId() + UID_DOMAIN));
			entry.add(new Sequence(appointment.getSequence()));
			entry.add(new Status(Status.VALUE_CONFIRMED));
			entry.add(new Description(link.apply(appointment)));
			calendar.add(entry);
		}
		return write(calendar, "the agenda");
	}

	private static final java.util.Map<org.boussole.accompaniment.MeetingMode, String> MODE_LABELS = java.util.Map.of(
			org.boussole.accompaniment.MeetingMode.IN_PERSON, "rendez-vous en centre",
			org.boussole.accompaniment.MeetingMode.VIDEO, "rendez-vous en visio",
			org.boussole.accompaniment.MeetingMode.PHONE, "rendez-vous par téléphone");

	private static String write(Calendar calendar, String what) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the calendar of " + what, ex);
		}
		return out.toString();
	}

	/**
	 * @param title the summary of the entry, e.g. "Rendez-vous avec Anne Martin"
	 * @param place the site's address, the meeting link or the phone number
	 * @param pageUrl the full address of the appointment page
	 * @return the text of the .ics file: METHOD:REQUEST, or CANCEL once cancelled
	 */
	static String of(Appointment appointment, String title, String place, String pageUrl, Instant now) {
		boolean cancel = !appointment.isBooked() && appointment.getStatus() == AppointmentStatus.CANCELLED;
		VEvent entry = new VEvent(appointment.getStartAt(), appointment.getEndAt(), title);
		entry.replace(new DtStamp(now));
		entry.add(new Uid(appointment.getId() + UID_DOMAIN));
		entry.add(new Sequence(appointment.getSequence()));
		entry.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		entry.add(new Location(place));
		entry.add(new Description(pageUrl));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Boussole//Rendez-vous//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
		calendar.add(entry);
		return write(calendar, "appointment " + appointment.getId());
	}

}
