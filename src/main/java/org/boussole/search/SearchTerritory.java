package org.boussole.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The two territories of the network, to narrow a search: what is tied to no territory (a
 * job fiche, an event) applies to both, and so does a guide for France and Geneva.
 */
enum SearchTerritory {

	FRANCE, GENEVE;

	/**
	 * @return its name in URLs
	 */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "search.territory." + param();
	}

	/**
	 * @param territory the territory of a document: FRANCE, GENEVE, FRANCE_GENEVE, or
	 * empty
	 * @return where it applies
	 */
	static Set<SearchTerritory> of(String territory) {
		if (territory.equals(FRANCE.name())) {
			return EnumSet.of(FRANCE);
		}
		if (territory.equals(GENEVE.name())) {
			return EnumSet.of(GENEVE);
		}
		return EnumSet.allOf(SearchTerritory.class);
	}

	/**
	 * @return the territory of that name in URLs, or empty when unknown
	 */
	static Optional<SearchTerritory> fromParam(String param) {
		return Arrays.stream(values()).filter(t -> t.param().equals(param.strip())).findFirst();
	}

}
