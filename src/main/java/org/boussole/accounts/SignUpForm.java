package org.boussole.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a beneficiary types to sign up. Passwords are checked by {@link PasswordFields},
 * never shown again. Every field is text, so that any value sent gets a message next to
 * its field (a value that is not a boolean would leave no form to show again).
 */
record SignUpForm(
		@NotBlank(message = "{accounts.validation.name.required}") @Size(max = ProfileForm.MAX_NAME,
				message = "{accounts.validation.name.tooLong}") @Pattern(regexp = ProfileForm.NO_MARKUP,
						message = "{accounts.validation.name.markup}") @Nullable String displayName,
		@NotBlank(message = "{accounts.validation.email.required}") @Size(max = EmailAddress.MAX_LENGTH,
				message = "{accounts.validation.email.tooLong}") @Pattern(regexp = EmailAddress.PATTERN_OR_EMPTY,
						message = "{accounts.validation.email.invalid}") @Nullable String email,
		@Nullable String password, @Nullable String passwordConfirmation,
		@NotNull(message = "{accounts.validation.consent.required}") @Pattern(regexp = "true|on",
				message = "{accounts.validation.consent.required}") @Nullable String consent) {

	static SignUpForm empty() {
		return new SignUpForm("", "", null, null, null);
	}

}
