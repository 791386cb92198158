package org.boussole.accounts;

import java.util.regex.Pattern;

/**
 * What Boussole accepts as an e-mail address: something@domain.tld, at most 254
 * characters, no spaces.
 */
final class EmailAddress {

	static final int MAX_LENGTH = 254;

	/**
	 * For {@code @Email(regexp = …)}: one @, a dot in the domain, no spaces nor angle
	 * brackets.
	 */
	static final String PATTERN = "[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}";

	/** The same, letting an empty field through to the message of {@code @NotBlank}. */
	static final String PATTERN_OR_EMPTY = "|" + PATTERN;

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	static boolean isValid(String email) {
		String stripped = email.strip();
		return stripped.length() <= MAX_LENGTH && COMPILED.matcher(stripped).matches();
	}

}
