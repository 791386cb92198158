package org.boussole.audience;

import java.util.Locale;

/** The device class of a visit, from the User-Agent. */
enum Device {

	DESKTOP, MOBILE, TABLET;

	/**
	 * @return the name used in the store and in reports: {@code desktop}, {@code mobile}
	 * or {@code tablet}
	 */
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Device fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
