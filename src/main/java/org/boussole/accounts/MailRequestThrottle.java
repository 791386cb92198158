package org.boussole.accounts;

import org.boussole.shared.ClientAddress;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Limits the requests that send an e-mail to someone (sign-up, also from the request for
 * accompaniment, new confirmation link, forgotten password, login unlock), per address
 * and per client address, so that these forms cannot be used to flood a mailbox or to
 * create accounts in bulk. Buckets live in memory, bounded in number.
 */
@Component
class MailRequestThrottle {

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	private final AccountsSettings settings;

	private final ClientAddress clientAddress;

	MailRequestThrottle(AccountsSettings settings, ClientAddress clientAddress) {
		this.settings = settings;
		this.clientAddress = clientAddress;
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
	boolean tryAcquire(String email, HttpServletRequest request) {
		return tryAcquire(email, clientAddress.of(request));
	}

	/**
	 * Counts one request from that client address ({@link ClientAddress}).
	 * @return whether it may send an e-mail
	 */
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
