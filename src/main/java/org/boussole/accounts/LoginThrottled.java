package org.boussole.accounts;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused before its password is checked, because its origin must wait
 * ({@link LoginThrottle}).
 */
class LoginThrottled extends LockedException {

	private final Duration wait;

	LoginThrottled(Duration wait) {
		super("throttled");
		this.wait = wait;
	}

	Duration getWait() {
		return wait;
	}

}
