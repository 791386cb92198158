package org.boussole.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A beneficiary closes their account: their password again, and a box ticked to say they
 * understand that it cannot be undone.
 */
class CloseAccountForm {

	private @Nullable String password;

	private boolean confirmed;

	public @Nullable String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
