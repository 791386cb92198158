package org.boussole.audience;

/**
 * What pages may tell audience measurement through request attributes.
 */
public final class AudienceAttributes {

	/**
	 * The number of results of an internal search ({@link Number}), set by the page that
	 * shows them; only the number is kept, never the query.
	 */
	public static final String SEARCH_RESULTS = "org.boussole.audience.searchResults";

	private AudienceAttributes() {
	}

}
