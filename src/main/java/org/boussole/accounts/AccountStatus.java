package org.boussole.accounts;

/** Where an account stands. */
public enum AccountStatus {

	/** Signed up, e-mail address not confirmed yet: cannot log in. */
	PENDING_VERIFICATION,
	/** Invited by an administrator, password not set yet: cannot log in. */
	INVITED,
	/** Can log in. */
	ACTIVE,
	/** Closed by an administrator: cannot log in. */
	DISABLED,
	/**
	 * Closed by its owner and anonymised: cannot log in, and the address is free for a
	 * new account.
	 */
	CLOSED

}
