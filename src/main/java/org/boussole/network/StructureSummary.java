package org.boussole.network;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of a structure.
 *
 * @param id the structure id
 * @param name e.g. "MIFE du Genevois français"
 * @param country where it works
 * @param timeZone the time zone of its appointments: Europe/Paris or Europe/Zurich
 * @param contactEmail the address to write to, if any
 * @param active whether it still receives new dossiers
 */
public record StructureSummary(UUID id, String name, Country country, ZoneId timeZone, @Nullable String contactEmail,
		boolean active) {
}
