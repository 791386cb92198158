package org.boussole.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit of searches per client address, shared by the search page and the API.
 *
 * @param requestsPerMinute searches one client address may make in a minute, all at once
 * or spread (a person searching never comes near it; a script does)
 * @param maxAddresses client addresses remembered at most, so that the memory of the
 * limit stays bounded
 */
@ConfigurationProperties("boussole.search.limit")
record SearchLimitSettings(@DefaultValue("120") int requestsPerMinute, @DefaultValue("100000") int maxAddresses) {

	SearchLimitSettings {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException("boussole.search.limit.requests-per-minute must be at least 1");
		}
		if (maxAddresses < 1) {
			throw new IllegalArgumentException("boussole.search.limit.max-addresses must be at least 1");
		}
	}

}
