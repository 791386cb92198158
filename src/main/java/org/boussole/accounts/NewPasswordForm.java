package org.boussole.accounts;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new password set through an e-mailed link (forgotten password, invitation). The name
 * is only asked of invited staff, who may correct it.
 */
record NewPasswordForm(@Nullable String jeton,
		@Size(max = ProfileForm.MAX_NAME, message = "{accounts.validation.name.tooLong}") @Pattern(
				regexp = ProfileForm.NO_MARKUP,
				message = "{accounts.validation.name.markup}") @Nullable String displayName,
		@Nullable String password, @Nullable String passwordConfirmation) {

	static NewPasswordForm forToken(String token, String displayName) {
		return new NewPasswordForm(token, displayName, null, null);
	}

}
