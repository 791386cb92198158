package org.boussole.accounts;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits the downloads of the personal data archive: {@value #PER_HOUR} per account and
 * hour (building it reads every file of the person's dossiers). Buckets live in memory.
 */
@Component
class ExportThrottle {

	static final int PER_HOUR = 5;

	private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	/**
	 * @return whether that account may download its archive now; counts the download
	 */
	boolean tryExport(UUID accountId) {
		return buckets
			.get(accountId, id -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(PER_HOUR).refillGreedy(PER_HOUR, Duration.ofHours(1)).build())
				.build())
			.tryConsume(1);
	}

}
