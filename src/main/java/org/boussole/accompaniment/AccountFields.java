package org.boussole.accompaniment;

import org.boussole.accounts.AccountManagement;
import org.springframework.validation.Errors;

/**
 * The checks on the account part of the request form, for a visitor who has no account
 * yet.
 */
final class AccountFields {

	private AccountFields() {
	}

	static void check(RequestForm form, Errors errors, AccountManagement accounts) {
		String name = form.getDisplayName();
		if (name == null || name.isBlank()) {
			errors.rejectValue("displayName", "accompaniment.request.error.name.required");
		}
		else if (name.strip().length() > RequestForm.MAX_NAME) {
			errors.rejectValue("displayName", "accompaniment.request.error.name.tooLong");
		}
		else if (name.contains("<") || name.contains(">")) {
			errors.rejectValue("displayName", "accompaniment.request.error.name.markup");
		}
		String email = form.getEmail();
		if (email == null || email.isBlank()) {
			errors.rejectValue("email", "accompaniment.request.error.email.required");
		}
		else if (!accounts.isValidEmail(email)) {
			errors.rejectValue("email", "accompaniment.request.error.email.invalid");
		}
		accounts.passwordProblem(form.getPassword(), email == null ? "" : email)
			.ifPresent(key -> errors.rejectValue("password", key));
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "accompaniment.request.error.password.mismatch");
		}
	}

}
