package org.boussole.content.event;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes of an event.
 *
 * @param siteId the site where it takes place, or {@literal null} when online
 * @param onlineLink the https link of an online event, or {@literal null} at a site
 */
record EventDetails(String title, EventKind kind, String description, UUID structureId, @Nullable UUID siteId,
		@Nullable String onlineLink, Instant startsAt, Instant endsAt, int capacity) {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 10_000;

	static final int MAX_LINK = 500;

	static final int MAX_CAPACITY = 10_000;

	/** Checks what holds whatever the event's state. */
	void check() {
		if (title.isBlank() || title.length() > MAX_TITLE) {
			throw new EventRuleException("content.event.error.title", "title");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new EventRuleException("content.event.error.description", "description");
		}
		if ((siteId == null) == (onlineLink == null)) {
			throw new EventRuleException("content.event.error.place", "siteId");
		}
		if (onlineLink != null && !isHttpsLink(onlineLink)) {
			throw new EventRuleException("content.event.error.link", "onlineLink");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new EventRuleException("content.event.error.end", "endTime");
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new EventRuleException("content.event.error.capacity", "capacity");
		}
	}

	/**
	 * @return whether the text is an absolute https address with a host, and nothing else
	 */
	static boolean isHttpsLink(String text) {
		if (text.length() > MAX_LINK || !text.toLowerCase(Locale.ROOT).startsWith("https://")) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (Exception ex) {
			return false;
		}
	}

}
