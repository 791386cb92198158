package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.Cookie;

class VisitorCookieTests {

	@Test // #8
	void aNewIdIsOneHundredAndTwentyEightRandomBitsInHexadecimal() {
		SecureRandom random = new SecureRandom();
		String first = VisitorCookie.newId(random);
		assertThat(first).hasSize(32).matches("[0-9a-f]{32}");
		assertThat(VisitorCookie.isValidId(first)).isTrue();
		assertThat(VisitorCookie.newId(random)).isNotEqualTo(first);
	}

	@Test // #8
	void forgedIdsAreIgnored() {
		String valid = "0123456789abcdef0123456789abcdef";
		assertThat(VisitorCookie.isValidId(valid)).isTrue();
		for (String forged : new String[] { "", "abc", valid + "0", valid.substring(1), valid.toUpperCase(),
				"0123456789abcdef0123456789abcdeg", "<script>alert(1)</script>aaaaaa", "x".repeat(100_000) }) {
			assertThat(VisitorCookie.isValidId(forged)).as(forged.length() > 40 ? "huge" : forged).isFalse();
		}
		Cookie[] cookies = { new Cookie("bsl_vid", "' or 1=1 --"), new Cookie("other", valid) };
		assertThat(VisitorCookie.idOf(cookies)).isNull();
		assertThat(VisitorCookie.idOf(new Cookie[] { new Cookie("bsl_vid", "zz"), new Cookie("bsl_vid", valid) }))
			.isEqualTo(valid);
		assertThat(VisitorCookie.idOf(null)).isNull();
	}

	@Test // #8
	void theCookieLivesThirteenMonthsAtMost() {
		long seconds = VisitorCookie.maxAgeSeconds(Instant.parse("2030-01-15T10:00:00Z"));
		assertThat(Duration.ofSeconds(seconds)).isBetween(Duration.ofDays(393), Duration.ofDays(397));
		String header = VisitorCookie.header("bsl_vid", "0123456789abcdef0123456789abcdef", seconds, true);
		assertThat(header).contains("bsl_vid=0123456789abcdef0123456789abcdef", "Path=/", "Max-Age=" + seconds,
				"HttpOnly", "Secure", "SameSite=Lax");
		assertThat(VisitorCookie.header("bsl_vid", "x", seconds, false)).doesNotContain("Secure");
	}

	@Test // #8
	void doNotTrackAndGlobalPrivacyControlAreRefusals() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		assertThat(VisitorCookie.refusesTracking(request)).isFalse();
		request.addHeader("DNT", "1");
		assertThat(VisitorCookie.refusesTracking(request)).isTrue();
		MockHttpServletRequest gpc = new MockHttpServletRequest("GET", "/");
		gpc.addHeader("Sec-GPC", "1");
		assertThat(VisitorCookie.refusesTracking(gpc)).isTrue();
		MockHttpServletRequest allowed = new MockHttpServletRequest("GET", "/");
		allowed.addHeader("DNT", "0");
		assertThat(VisitorCookie.refusesTracking(allowed)).isFalse();
	}

	@Test // #8
	void theOptOutCookieIsHonouredOnlyWithItsValue() {
		assertThat(VisitorCookie.optedOut(new Cookie[] { new Cookie("bsl_optout", "1") })).isTrue();
		assertThat(VisitorCookie.optedOut(new Cookie[] { new Cookie("bsl_optout", "") })).isFalse();
		assertThat(VisitorCookie.optedOut(null)).isFalse();
	}

}
