package org.boussole.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search result is; {@link #apiName()} is its name in URLs and in the API. */
public enum SearchType {

	METIER("metier"), GUIDE("guide"), EVENT("event"), CENTRE("centre");

	private final String apiName;

	SearchType(String apiName) {
		this.apiName = apiName;
	}

	public String apiName() {
		return apiName;
	}

	public String messageKey() {
		return "search.type." + apiName;
	}

	/**
	 * @return the type of that name (as in the API), or empty when unknown
	 */
	static Optional<SearchType> fromApiName(String name) {
		return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
	}

}
