package org.boussole.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator types about a site.
 *
 * @param openingHours one line per period, e.g. "Lundi au vendredi : 9 h – 12 h 30"
 */
record SiteDetails(String name, String addressLine, String postalCode, String commune, @Nullable String openingHours,
		@Nullable String phone, @Nullable String accessibility) {

	static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
