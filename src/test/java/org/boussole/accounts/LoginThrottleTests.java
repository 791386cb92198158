package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.boussole.shared.ClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LoginThrottleTests {

	static final String OWNER = "admin@exemple.fr";

	static final LoginOrigin ATTACKER = LoginOrigin.of("203.0.113.66");

	static final LoginOrigin OWNER_ADDRESS = LoginOrigin.of("198.51.100.7");

	/** A clock that tests move by hand. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final TestClock clock = new TestClock();

	static AccountsSettings settings() {
		return new AccountsSettings(10, 20, Duration.ofMinutes(15), 3, Duration.ofSeconds(1), Duration.ofMinutes(5),
				Duration.ofHours(48), Duration.ofHours(1), Duration.ofDays(7), Duration.ofHours(1), Duration.ofDays(7),
				3, 10, Duration.ofHours(1));
	}

	final UnlockedBrowsers browsers = new UnlockedBrowsers(settings(), true);

	final LoginThrottle throttle = new LoginThrottle(settings(), browsers, new ClientAddress("none"), clock);

	@Test
	void eachFailureAfterTheFirstFewDoublesTheWaitUpToTheCap() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
			throttle.recordFailure(OWNER, ATTACKER);
		}
		assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.allows(OWNER, ATTACKER)).isTrue();
		throttle.recordFailure(OWNER, ATTACKER);
		assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(Duration.ofSeconds(2));
		clock.advance(Duration.ofSeconds(2));
		throttle.recordFailure(OWNER, ATTACKER);
		assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(Duration.ofSeconds(4));
		assertThat(throttle.delayAfter(12, false)).isEqualTo(Duration.ofMinutes(5));
		assertThat(throttle.delayAfter(1_000, false)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void anAttackerSlowsOnlyItsOwnOrigin() {
		for (int i = 0; i < 30; i++) {
			throttle.recordFailure(OWNER, ATTACKER);
			clock.advance(Duration.ofSeconds(1));
		}
		assertThat(throttle.allows(OWNER, ATTACKER)).isFalse();
		assertThat(throttle.allows(OWNER, OWNER_ADDRESS)).isTrue();
		// under attack, another origin waits after its first failure, never before it
		throttle.recordFailure(OWNER, OWNER_ADDRESS);
		assertThat(throttle.waitFor(OWNER, OWNER_ADDRESS)).isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.allows(OWNER, OWNER_ADDRESS)).isTrue();
	}

	@Test
	void oneAddressTriesFewAccountsAndASuccessForgetsItsFailures() {
		for (int i = 0; i < 20; i++) {
			throttle.recordFailure("personne" + i + "@exemple.fr", ATTACKER);
		}
		assertThat(throttle.allows("autre@exemple.fr", ATTACKER)).isFalse();
		assertThat(throttle.waitFor("autre@exemple.fr", ATTACKER)).isPositive()
			.isLessThanOrEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.allows("autre@exemple.fr", OWNER_ADDRESS)).isTrue();

		for (int i = 0; i < 3; i++) {
			throttle.recordFailure(OWNER, OWNER_ADDRESS);
		}
		throttle.recordSuccess(OWNER, OWNER_ADDRESS);
		assertThat(throttle.waitFor(OWNER, OWNER_ADDRESS)).isZero();
	}

	@Test
	void aBrowserUnlockedByMailIsCountedApartFromItsAddress() {
		for (int i = 0; i < 20; i++) {
			throttle.recordFailure(OWNER, ATTACKER);
		}
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(ATTACKER.address());
		assertThat(throttle.allows(OWNER, throttle.originOf(request, OWNER))).isFalse();

		var response = new org.springframework.mock.web.MockHttpServletResponse();
		String browser = browsers.unlock(request, response, OWNER);
		assertThat(response.getHeader("Set-Cookie")).contains(UnlockedBrowsers.COOKIE + "=" + browser, "HttpOnly",
				"Secure", "SameSite=Lax");
		request.setCookies(new jakarta.servlet.http.Cookie(UnlockedBrowsers.COOKIE, browser));
		LoginOrigin unlocked = throttle.originOf(request, OWNER);
		assertThat(unlocked.unlocked()).isTrue();
		assertThat(throttle.allows(OWNER, unlocked)).isTrue();
		// the unlock is for that account only
		assertThat(throttle.originOf(request, "autre@exemple.fr").unlocked()).isFalse();
		assertThat(throttle.allows("autre@exemple.fr", throttle.originOf(request, "autre@exemple.fr"))).isFalse();
	}

}
