package org.boussole.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browsers in which an owner opened a login unlock link, for that account: a random
 * id in a cookie, remembered here for {@code boussole.accounts.unlocked-browser-keep}.
 * Only the owner's mailbox gives that id meaning, so an attacker cannot make it up.
 * Remembered in memory, bounded in number.
 */
@Component
class UnlockedBrowsers {

	static final String COOKIE = "BOUSSOLE_LOGIN_UNLOCK";

	private static final int MAX_COOKIE_LENGTH = 64;

	private final SecureRandom random = new SecureRandom();

	private final Cache<String, Boolean> unlocked;

	private final AccountsSettings settings;

	private final boolean secureCookie;

	UnlockedBrowsers(AccountsSettings settings,
			@Value("${server.servlet.session.cookie.secure:true}") boolean secureCookie) {
		this.settings = settings;
		this.secureCookie = secureCookie;
		this.unlocked = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterWrite(settings.unlockedBrowserKeep())
			.build();
	}

	/**
	 * @return the id of this browser if it was unlocked for that account, or
	 * {@literal null}
	 */
	@Nullable String unlockedFor(HttpServletRequest request, @Nullable String email) {
		String browser = browserOf(request);
		if (browser == null || email == null) {
			return null;
		}
		return unlocked.getIfPresent(key(browser, UserAccount.normaliseEmail(email))) != null ? browser : null;
	}

	/** Unlocks logins to that account in this browser, and gives it its cookie. */
	String unlock(HttpServletRequest request, HttpServletResponse response, String email) {
		String browser = browserOf(request);
		if (browser == null) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			browser = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		unlocked.put(key(browser, UserAccount.normaliseEmail(email)), Boolean.TRUE);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, browser)
			.path("/")
			.httpOnly(true)
			.secure(secureCookie)
			.sameSite("Lax")
			.maxAge(settings.unlockedBrowserKeep())
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		return browser;
	}

	private static @Nullable String browserOf(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()
				|| cookie.getValue().length() > MAX_COOKIE_LENGTH) {
			return null;
		}
		return cookie.getValue();
	}

	private static String key(String browser, String email) {
		return browser + "\n" + email;
	}

}
