package org.boussole.content.event;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

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
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar text (RFC 5545) of an event: one VEVENT whose UID stays the same for the
 * event's whole life, so that a calendar updates or removes the entry it added before.
 * Times are written in UTC, which every calendar shows in its own time zone.
 */
final class EventCalendar {

	static final String UID_DOMAIN = "@evenements.boussole";

	private EventCalendar() {
	}

	/**
	 * @param method {@link Method#VALUE_PUBLISH} for the download, {@code REQUEST} for a
	 * registration, {@code CANCEL} when the entry must go
	 * @param place the site and its address, or {@literal null} when online
	 * @param pageUrl the full address of the event page
	 * @param withLink whether the link of an online event may be given: only to the
	 * registered people; the public download gives the event page instead
	 * @return the text of the .ics file, never {@literal null}
	 */
	static String of(Event event, String method, @Nullable String place, String pageUrl, boolean withLink,
			Instant now) {
		boolean cancel = Method.VALUE_CANCEL.equals(method);
		VEvent entry = new VEvent(event.getStartsAt(), event.getEndsAt(), event.getTitle());
		entry.replace(new DtStamp(now));
		entry.add(new Uid(event.getId() + UID_DOMAIN));
		entry.add(new Sequence(event.getSequence()));
		entry.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		String location = (event.getOnlineLink() == null) ? place : withLink ? event.getOnlineLink() : pageUrl;
		if (location != null) {
			entry.add(new Location(location));
		}
		String text = event.getDescription();
		entry.add(new Description(text.isEmpty() ? pageUrl : text + "\n\n" + pageUrl));
		entry.add(new Url(URI.create(pageUrl)));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Boussole//Evenements//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(method));
		calendar.add(entry);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the calendar of event " + event.getId(), ex);
		}
		return out.toString();
	}

}
