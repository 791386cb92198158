package org.boussole.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A logged-in person changes their password: the current one first, then the new one
 * twice.
 */
record ChangePasswordForm(@Nullable String currentPassword, @Nullable String password,
		@Nullable String passwordConfirmation) {
}
