package org.boussole.accounts;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits the requests that send an e-mail to someone (new confirmation link, forgotten
 * password), per address and per IP address, so that these forms cannot be used to flood
 * a mailbox. Buckets live in memory, bounded in number.
 */
@Component
class MailRequestThrottle {

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	private final AccountsSettings settings;

	MailRequestThrottle(AccountsSettings settings) {
		this.settings = settings;
		this.accounts = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(settings.mailRequestWindow().multipliedBy(2))
			.build();
		this.addresses = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(settings.mailRequestWindow().multipliedBy(2))
			.build();
	}

	/** Counts one request; @return whether it may send an e-mail */
	boolean tryAcquire(String email, String address) {
		boolean fromAddress = bucket(addresses, address, settings.mailRequestsPerAddress()).tryConsume(1);
		return fromAddress && bucket(accounts, email, settings.mailRequestsPerAccount()).tryConsume(1);
	}

	private Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
		return cache.get(key, k -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.mailRequestWindow()).build())
			.build());
	}

}
