package org.boussole.content.event;

import java.util.List;

import org.boussole.network.SiteSummary;
import org.jspecify.annotations.Nullable;

/**
 * One event page.
 *
 * @param paragraphs the description, one entry per paragraph (shown escaped)
 * @param site the site where it takes place, {@literal null} when online
 * @param onlineLink the link of an online event, shown to registered people only
 * @param registered whether the person reading is registered
 * @param open whether it takes registrations (published and still to come)
 */
record EventPage(EventCard card, List<String> paragraphs, @Nullable SiteSummary site, @Nullable String onlineLink,
		boolean registered, boolean open) {

	public boolean cancelled() {
		return card.status() == EventStatus.CANCELLED;
	}

}
