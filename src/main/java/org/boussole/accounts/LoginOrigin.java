package org.boussole.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Where a login attempt comes from, as the login throttle counts it: the client address,
 * and the browser when it carries an unlock granted by e-mail for the account tried. An
 * unlocked browser is counted on its own, apart from the address it shares with others.
 *
 * @param address the client address ({@link ClientAddress})
 * @param browser the id of the unlocked browser, or {@literal null}
 */
record LoginOrigin(String address, @Nullable String browser) {

	static LoginOrigin of(String address) {
		return new LoginOrigin(address, null);
	}

	boolean unlocked() {
		return browser != null;
	}

	/** The key of the failures counted for one account from this origin. */
	String key() {
		return browser != null ? "browser:" + browser : "address:" + address;
	}

}
