package org.boussole.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail address typed to receive a link (new confirmation link, forgotten password).
 */
record EmailForm(@NotBlank(message = "{accounts.validation.email.required}") @Size(max = EmailAddress.MAX_LENGTH,
		message = "{accounts.validation.email.tooLong}") @Pattern(regexp = EmailAddress.PATTERN_OR_EMPTY,
				message = "{accounts.validation.email.invalid}") @Nullable String email) {
}
