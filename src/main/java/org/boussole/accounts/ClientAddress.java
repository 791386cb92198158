package org.boussole.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The IP address a request comes from, as the throttles count it (the same as the login
 * form's).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		return String.valueOf(request.getRemoteAddr());
	}

}
