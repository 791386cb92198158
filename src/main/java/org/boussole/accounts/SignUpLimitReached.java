package org.boussole.accounts;

/**
 * A sign-up refused because too many came from the same client address, or for the same
 * e-mail address, within {@code boussole.accounts.mail-request-window}. Nothing was
 * created nor sent.
 */
public class SignUpLimitReached extends RuntimeException {

	SignUpLimitReached() {
		super("Too many sign-ups from that client address or for that e-mail address");
	}

}
