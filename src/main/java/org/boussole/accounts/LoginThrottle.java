package org.boussole.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.boussole.shared.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Slows password guessing down without ever locking the owner out of their account.
 * <ul>
 * <li>Failures are counted per account <em>and</em> origin (client address, or a browser
 * unlocked by e-mail): after {@code login-failures-before-delay} failures, each further
 * attempt from that origin for that account waits 1 s, 2 s, 4 s… up to
 * {@code login-max-delay}. Other origins are not slowed down.</li>
 * <li>Failures from one client address, whatever the accounts tried, are limited to
 * {@code login-attempts-per-address} within {@code login-window}.</li>
 * <li>An account that fails {@code login-attempts-per-account} times within
 * {@code login-window}, from anywhere, is being attacked: every origin then waits after
 * its first failure, but an origin without failures still logs in at once.</li>
 * </ul>
 * A browser unlocked by e-mail ({@link UnlockedBrowsers}) is counted on its own and is
 * not held by the limit of its address. Counts live in memory, bounded in number.
 */
@Component
class LoginThrottle {

	/** The failures of one account from one origin. */
	private record Failures(int count, Instant last) {

	}

	private final Cache<String, Failures> pairs;

	private final Cache<String, Bucket> addresses;

	private final Cache<String, Bucket> accounts;

	private final AccountsSettings settings;

	private final UnlockedBrowsers browsers;

	private final ClientAddress clientAddress;

	private final Clock clock;

	private final TimeMeter time;

	LoginThrottle(AccountsSettings settings, UnlockedBrowsers browsers, ClientAddress clientAddress, Clock clock) {
		this.settings = settings;
		this.clientAddress = clientAddress;
		this.browsers = browsers;
		this.clock = clock;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		Duration forget = settings.loginWindow().plus(settings.loginMaxDelay());
		this.pairs = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(forget).build();
		this.addresses = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(settings.loginWindow().multipliedBy(2))
			.build();
		this.accounts = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(settings.loginWindow().multipliedBy(2))
			.build();
	}

	/**
	 * @param email the address typed, as it was typed or normalised
	 * @return where that request comes from, for a login to that account
	 */
	LoginOrigin originOf(HttpServletRequest request, @Nullable String email) {
		return new LoginOrigin(clientAddress.of(request), browsers.unlockedFor(request, email));
	}

	/**
	 * @return whether a login for that account from that origin may be tried now
	 */
	boolean allows(String email, LoginOrigin origin) {
		return waitFor(email, origin).isZero();
	}

	/**
	 * @return how long that origin must wait before trying that account again; zero when
	 * it may try now
	 */
	Duration waitFor(String email, LoginOrigin origin) {
		String account = UserAccount.normaliseEmail(email);
		Duration wait = Duration.ZERO;
		if (!origin.unlocked()) {
			Bucket bucket = bucket(addresses, origin.address(), settings.loginAttemptsPerAddress());
			if (bucket.getAvailableTokens() <= 0) {
				wait = Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
			}
		}
		Failures failures = pairs.getIfPresent(pairKey(account, origin));
		if (failures != null) {
			Instant next = failures.last().plus(delayAfter(failures.count(), underAttack(account)));
			Duration left = Duration.between(clock.instant(), next);
			if (left.compareTo(wait) > 0) {
				wait = left;
			}
		}
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	void recordFailure(String email, LoginOrigin origin) {
		String account = UserAccount.normaliseEmail(email);
		Instant now = clock.instant();
		pairs.asMap()
			.compute(pairKey(account, origin),
					(key, failures) -> new Failures(failures == null ? 1 : failures.count() + 1, now));
		if (!origin.unlocked()) {
			bucket(addresses, origin.address(), settings.loginAttemptsPerAddress()).tryConsume(1);
		}
		bucket(accounts, account, settings.loginAttemptsPerAccount()).tryConsume(1);
	}

	/** The origin logged in: its failures for that account are forgotten. */
	void recordSuccess(String email, LoginOrigin origin) {
		pairs.invalidate(pairKey(UserAccount.normaliseEmail(email), origin));
	}

	/**
	 * @return how long to wait after {@code failures} failures from one origin
	 */
	Duration delayAfter(int failures, boolean underAttack) {
		int before = underAttack ? 1 : settings.loginFailuresBeforeDelay();
		if (failures < before) {
			return Duration.ZERO;
		}
		Duration delay = settings.loginFirstDelay().multipliedBy(1L << Math.min(failures - before, 30));
		return delay.compareTo(settings.loginMaxDelay()) > 0 ? settings.loginMaxDelay() : delay;
	}

	private boolean underAttack(String account) {
		Bucket bucket = accounts.getIfPresent(account);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private static String pairKey(String account, LoginOrigin origin) {
		return account + "\n" + origin.key();
	}

	private Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
		return cache.get(key, k -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.loginWindow()).build())
			.build());
	}

}
