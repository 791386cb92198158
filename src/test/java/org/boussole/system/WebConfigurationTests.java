package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

/**
 * The cookie that remembers the language follows the setting of the other cookies.
 */
class WebConfigurationTests {

	@Test
	void theLanguageCookieIsSecureWhenSecureCookiesAreOn() {
		Cookie cookie = languageCookie(true);
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
	}

	@Test
	void theLanguageCookieIsPlainWhenSecureCookiesAreOff() {
		assertThat(languageCookie(false).getSecure()).isFalse();
	}

	private static Cookie languageCookie(boolean secureCookies) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new WebConfiguration().localeResolver(secureCookies)
			.setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);
		Cookie cookie = response.getCookie("BOUSSOLE_LANG");
		assertThat(cookie).isNotNull();
		return cookie;
	}

}
