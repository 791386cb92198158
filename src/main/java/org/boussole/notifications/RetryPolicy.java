package org.boussole.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.util.Assert;

/**
 * When to try a failed e-mail again: after 1 min, 5 min, 15 min, 1 h, 6 h, 12 h, then
 * every 24 h, and give up after {@code maxAttempts} attempts in all (about two days of
 * mail-server outage with the default of 8).
 *
 * @param maxAttempts the number of attempts after which a mail is marked FAILED, at least
 * 1
 */
record RetryPolicy(int maxAttempts) {

	static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));

	RetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "At least one attempt is needed");
	}

	/**
	 * @param attempts the number of attempts made so far, at least 1
	 * @return how long to wait before the next attempt
	 */
	Duration delayAfter(int attempts) {
		Assert.isTrue(attempts >= 1, "No attempt made yet");
		return DELAYS.get(Math.min(attempts, DELAYS.size()) - 1);
	}

	/**
	 * @return whether a mail that failed {@code attempts} times must be given up
	 */
	boolean givesUpAfter(int attempts) {
		return attempts >= maxAttempts;
	}

}
