package org.boussole.audience;

import java.util.Locale;

/** The device class of a visit, from the User-Agent. */
enum Device {

	DESKTOP, MOBILE, TABLET;

	/** Computed once: the store writes one per page view. */
	private final String code = name().toLowerCase(Locale.ROOT);

	/**
	 * @return the name used in the store and in reports: {@code desktop}, {@code mobile}
	 * or {@code tablet}
	 */
	String code() {
		return code;
	}

	static Device fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
