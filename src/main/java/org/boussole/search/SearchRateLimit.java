package org.boussole.search;

import java.time.Duration;

import org.boussole.shared.ClientAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One limit of searches per client address for the search page and the API
 * ({@code boussole.search.limit.*}): a token bucket of {@code requests-per-minute} tokens
 * that refills continuously over a minute. Buckets live in memory, bounded in number.
 */
@Component
class SearchRateLimit {

	/**
	 * What the bucket of a client said about one search.
	 *
	 * @param allowed whether the search may run
	 * @param limit searches allowed a minute
	 * @param remaining searches left right now
	 * @param resetSeconds seconds until the bucket is full again
	 * @param retryAfterSeconds seconds until one search is allowed again; 0 when allowed
	 */
	record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

		/**
		 * @return the headers that tell the client where it stands: {@code RateLimit-*}
		 * (IETF draft) and, when refused, {@code Retry-After}
		 */
		HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			headers.set("RateLimit-Limit", Long.toString(limit));
			headers.set("RateLimit-Remaining", Long.toString(remaining));
			headers.set("RateLimit-Reset", Long.toString(resetSeconds));
			headers.set("RateLimit-Policy", limit + ";w=60");
			if (!allowed) {
				headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
			}
			return headers;
		}

	}

	private final Cache<String, Bucket> buckets;

	private final SearchLimitSettings settings;

	private final ClientAddress clientAddress;

	SearchRateLimit(SearchLimitSettings settings, ClientAddress clientAddress) {
		this.settings = settings;
		this.clientAddress = clientAddress;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(settings.maxAddresses())
			.expireAfterAccess(Duration.ofMinutes(5))
			.build();
	}

	/** Counts one search from the client of that request. */
	Verdict tryAcquire(HttpServletRequest request) {
		int perMinute = settings.requestsPerMinute();
		Bucket bucket = buckets.get(clientAddress.of(request), address -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return new Verdict(probe.isConsumed(), perMinute, probe.getRemainingTokens(),
				seconds(probe.getNanosToWaitForReset()),
				probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
	}

	private static long seconds(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

}
