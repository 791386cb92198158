package org.boussole.content.event;

import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event as the lists show it, with its times in the time zone of the network
 * (Europe/Paris, the same as Geneva's).
 *
 * @param siteName the site where it takes place, {@literal null} when online
 * @param commune the commune of that site, {@literal null} when online
 * @param placesLeft how many people may still register
 */
record EventCard(UUID id, String title, EventKind kind, EventStatus status, ZonedDateTime start, ZonedDateTime end,
		boolean online, @Nullable String siteName, @Nullable String commune, String structureName, int capacity,
		int placesLeft) {

	public boolean full() {
		return placesLeft <= 0;
	}

}
