package org.boussole.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * Helpers shared by the integration tests of the accounts module: unique addresses, IPs,
 * real logins, codes.
 */
final class AccountTestSupport {

	static final String PASSWORD = "une phrase assez longue 42";

	private static final AtomicInteger NEXT_IP = new AtomicInteger();

	private AccountTestSupport() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@exemple.fr";
	}

	/**
	 * A distinct client address for each call, from the ranges reserved for
	 * documentation.
	 */
	static RequestPostProcessor fromNewAddress() {
		int n = NEXT_IP.incrementAndGet();
		String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." };
		String ip = ranges[(n / 250) % ranges.length] + (1 + n % 250);
		return from(ip);
	}

	static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	/** Logs in through the real form; the session of the result carries the login. */
	static MvcTestResult logIn(MockMvcTester mvc, String email, String password, RequestPostProcessor address) {
		return mvc.post()
			.uri("/connexion")
			.with(csrf())
			.with(address)
			.param("email", email)
			.param("password", password)
			.exchange();
	}

	static MockHttpSession session(MvcTestResult result) {
		return (MockHttpSession) result.getRequest().getSession();
	}

	static String tokenOf(String link) {
		return link.substring(link.indexOf("jeton=") + "jeton=".length());
	}

	static String code(String secret, long stepOffset) throws Exception {
		long step = Instant.now().getEpochSecond() / TwoFactorManagement.PERIOD_SECONDS + stepOffset;
		return new DefaultCodeGenerator().generate(secret, step);
	}

	static Set<Role> roles(Role... roles) {
		return Set.of(roles);
	}

}
