package org.boussole.network;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules and the public pages may know of a site.
 *
 * @param openingHours one line per period, possibly empty
 * @param active whether the site itself is open (its structure may still be inactive)
 */
public record SiteSummary(UUID id, String name, UUID structureId, String structureName, Country country,
		String addressLine, String postalCode, String commune, GeoPoint point, List<String> openingHours,
		@Nullable String phone, @Nullable String accessibility, boolean active) {

	/**
	 * @return the phone number as a {@code tel:} link target, digits and "+" only, or
	 * {@literal null}
	 */
	public @Nullable String phoneLink() {
		return (phone == null) ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
	}

}
