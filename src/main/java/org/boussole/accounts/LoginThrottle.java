package org.boussole.accounts;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Counts failed logins per account and per IP address with token buckets: once a bucket
 * is empty, logins for that account or from that address are refused until it refills.
 * Buckets live in memory, bounded in number.
 */
@Component
class LoginThrottle {

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	private final AccountsSettings settings;

	LoginThrottle(AccountsSettings settings) {
		this.settings = settings;
		this.accounts = cache(settings.loginWindow());
		this.addresses = cache(settings.loginWindow());
	}

	private static Cache<String, Bucket> cache(Duration window) {
		return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
	}

	/**
	 * @return whether a login for that account from that address may be tried now
	 */
	boolean allows(String email, String address) {
		return bucket(accounts, email, settings.loginAttemptsPerAccount()).getAvailableTokens() > 0
				&& bucket(addresses, address, settings.loginAttemptsPerAddress()).getAvailableTokens() > 0;
	}

	void recordFailure(String email, String address) {
		bucket(accounts, email, settings.loginAttemptsPerAccount()).tryConsume(1);
		bucket(addresses, address, settings.loginAttemptsPerAddress()).tryConsume(1);
	}

	void recordSuccess(String email) {
		accounts.invalidate(email);
	}

	private Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
		return cache.get(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.loginWindow()).build())
			.build());
	}

}
