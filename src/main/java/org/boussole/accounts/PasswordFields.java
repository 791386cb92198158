package org.boussole.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The checks on a new password and its confirmation, shared by every form that sets one.
 */
final class PasswordFields {

	private PasswordFields() {
	}

	/**
	 * Rejects {@code password} if it breaks the policy, and {@code passwordConfirmation}
	 * if it differs.
	 */
	static void check(Errors errors, @Nullable String password, @Nullable String confirmation, @Nullable String email) {
		String normalised = email == null ? "" : UserAccount.normaliseEmail(email);
		PasswordPolicy.check(password, normalised).ifPresent(key -> errors.rejectValue("password", key));
		if (password != null && !password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "accounts.validation.password.mismatch");
		}
	}

}
