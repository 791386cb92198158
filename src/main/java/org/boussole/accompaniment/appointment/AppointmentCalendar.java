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

	/** The message keys of the titles of the feed's entries, followed by the mode. */
	static final String FEED_TITLE = "accompaniment.calendar.feedTitle.";

	/** The message key of the title of an appointment's entry, given the other's name. */
	static final String ENTRY_TITLE = "accompaniment.calendar.entryTitle";

	private AppointmentCalendar() {
	}

	/**
	 * @param language a language tag, e.g. {@code fr}; anything else than {@code en}
	 * gives French
	 * @return the locale of the calendar texts in that language
	 */
	static java.util.Locale locale(@org.jspecify.annotations.Nullable String language) {
		return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
	}

	/**
	 * @param title the summary of each entry (no names: the mode only)
	 * @param link the address of each appointment's page
	 * @return a published calendar of these appointments
	 */
	static String feed(java.util.List<Appointment> appointments, java.util.function.Function<Appointment, String> title,
			java.util.function.Function<Appointment, String> link, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Boussole//Agenda//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		for (Appointment appointment : appointments) {
			VEvent entry = new VEvent(appointment.getStartAt(), appointment.getEndAt(), title.apply(appointment));
			entry.replace(new DtStamp(now));
			entry.add(new Uid(appointment.getId() + UID_DOMAIN));
			entry.add(new Sequence(appointment.getSequence()));
			entry.add(new Status(Status.VALUE_CONFIRMED));
			entry.add(new Description(link.apply(appointment)));
			calendar.add(entry);
		}
		return write(calendar, "the agenda");
	}

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
