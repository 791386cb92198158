package org.boussole.audience;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The first-party cookies of audience measurement: a random visitor id that lives 13
 * months from the day it is first set (it is never renewed), and the visitor's choice not
 * to be measured. Do-Not-Track and Global Privacy Control count as that choice. A cookie
 * that is not exactly what Boussole writes (forged, cut, too long) is ignored as if
 * absent.
 */
final class VisitorCookie {

	static final String NAME = "bsl_vid";

	static final String OPT_OUT = "bsl_optout";

	/** 128 random bits, in lower-case hexadecimal. */
	static final int ID_LENGTH = 32;

	/** The CNIL exemption's limit: the cookie never lives longer. */
	static final java.time.Period LIFETIME = java.time.Period.ofMonths(13);

	private static final HexFormat HEX = HexFormat.of();

	private VisitorCookie() {
	}

	/**
	 * @return whether the value is an id Boussole could have written
	 */
	static boolean isValidId(@Nullable String value) {
		if (value == null || value.length() != ID_LENGTH) {
			return false;
		}
		for (int i = 0; i < ID_LENGTH; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	static String newId(SecureRandom random) {
		byte[] bytes = new byte[ID_LENGTH / 2];
		random.nextBytes(bytes);
		return HEX.formatHex(bytes);
	}

	/**
	 * @return the first valid visitor id among the cookies, or {@literal null}
	 */
	static @Nullable String idOf(Cookie @Nullable [] cookies) {
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (NAME.equals(cookie.getName()) && isValidId(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	static boolean optedOut(Cookie @Nullable [] cookies) {
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (OPT_OUT.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @return whether the browser asks not to be tracked (Do-Not-Track or Global Privacy
	 * Control)
	 */
	static boolean refusesTracking(HttpServletRequest request) {
		return isOne(request.getHeader("DNT")) || isOne(request.getHeader("Sec-GPC"));
	}

	private static boolean isOne(@Nullable String header) {
		return header != null && header.strip().equals("1");
	}

	/**
	 * @return the seconds from {@code now} to 13 months later
	 */
	static long maxAgeSeconds(Instant now) {
		return ChronoUnit.SECONDS.between(now, now.atZone(Period.ZONE).plus(LIFETIME));
	}

	/**
	 * @return a {@code Set-Cookie} value: host-only, whole site, HttpOnly, SameSite=Lax,
	 * Secure on HTTPS
	 */
	static String header(String name, String value, long maxAgeSeconds, boolean secure) {
		return ResponseCookie.from(name, value)
			.path("/")
			.maxAge(maxAgeSeconds)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.build()
			.toString();
	}

}
