package org.boussole.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of looking up what a person typed in the centre finder: one locality (with
 * the other localities of the same postal code), several to choose from, or the message
 * key of why nothing was found.
 */
record LocalityLookup(@Nullable Locality locality, List<Locality> others, List<Locality> choices,
		@Nullable String errorKey) {

	static LocalityLookup found(Locality locality, List<Locality> others) {
		return new LocalityLookup(locality, others, List.of(), null);
	}

	static LocalityLookup choose(List<Locality> choices) {
		return new LocalityLookup(null, List.of(), choices, null);
	}

	static LocalityLookup error(String errorKey) {
		return new LocalityLookup(null, List.of(), List.of(), errorKey);
	}

}
