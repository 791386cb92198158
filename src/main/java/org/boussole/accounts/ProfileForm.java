package org.boussole.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A person's name and preferred language (fr or en), on their profile or when accepting
 * an invitation.
 */
record ProfileForm(
		@NotBlank(message = "{accounts.validation.name.required}") @Size(max = MAX_NAME,
				message = "{accounts.validation.name.tooLong}") @Pattern(regexp = NO_MARKUP,
						message = "{accounts.validation.name.markup}") @Nullable String displayName,
		@NotNull(message = "{accounts.validation.language.invalid}") @Pattern(regexp = "fr|en",
				message = "{accounts.validation.language.invalid}") @Nullable String language) {

	static final int MAX_NAME = 120;

	/**
	 * A name has no angle brackets: refusing them keeps HTML out of names altogether (it
	 * is escaped anyway).
	 */
	static final String NO_MARKUP = "[^<>]*";

}
