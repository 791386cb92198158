package org.boussole.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sane password policy, after the advice of ANSSI and NIST SP 800-63B: long rather than
 * complicated, at least 12 characters and at most 128, not the e-mail address, not one of
 * the passwords that everybody tries first.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("123456789012", "azertyuiopqs", "qwertyuiopas", "motdepasse123",
			"password1234", "passwordpassword", "azertyazerty", "000000000000", "111111111111", "123123123123",
			"iloveyou1234", "soleil123456", "bonjour12345", "boussole1234", "motdepassemotdepasse");

	private PasswordPolicy() {
	}

	/**
	 * @return the message key of the first rule that the password breaks, or empty if it
	 * is acceptable
	 */
	static Optional<String> check(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("accounts.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("accounts.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
		if (lower.equals(email) || (local.length() >= 4 && lower.contains(local))) {
			return Optional.of("accounts.password.likeEmail");
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("accounts.password.tooCommon");
		}
		return Optional.empty();
	}

	/**
	 * @return a French sentence for the command line, where there are no message bundles
	 * to hand
	 */
	static String describe(String key) {
		return switch (key) {
			case "accounts.password.tooShort" -> "au moins " + MIN_LENGTH + " caractères";
			case "accounts.password.tooLong" -> "au plus " + MAX_LENGTH + " caractères";
			case "accounts.password.likeEmail" -> "il ne doit pas reprendre l'adresse électronique";
			default -> "il est trop courant";
		};
	}

}
