package org.boussole.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happens to the registrations of an event, published for the other modules (the
 * notifications module mails the person). Each notice carries the iCalendar text of the
 * event, to attach to the mail.
 */
public final class EventNotices {

	private EventNotices() {
	}

	/**
	 * The event as the registered person sees it in a mail.
	 *
	 * @param path the address of the event page, e.g. {@code /evenements/…}
	 * @param place the site and its address, or {@literal null} for an online event
	 * @param onlineLink the link of an online event, or {@literal null}
	 */
	public record EventSummary(UUID eventId, String title, Instant start, Instant end, @Nullable String place,
			@Nullable String onlineLink, String path) {
	}

	/** A person registered for an event; the calendar text is a METHOD:REQUEST entry. */
	public record EventRegistrationConfirmed(UUID personId, EventSummary event, String calendar) {
	}

	/**
	 * A person cancelled their registration; the calendar text is a METHOD:CANCEL entry.
	 */
	public record EventRegistrationCancelled(UUID personId, EventSummary event, String calendar) {
	}

	/**
	 * An editor cancelled the event; one notice per registered person, with a
	 * METHOD:CANCEL entry of the same UID and a higher SEQUENCE.
	 */
	public record EventCancelled(UUID personId, EventSummary event, String calendar) {
	}

}
