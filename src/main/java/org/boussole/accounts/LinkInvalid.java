package org.boussole.accounts;

import org.springframework.ui.Model;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;

/**
 * The page shown for a link that expired, already served or never existed, with the way
 * to get a new one.
 */
final class LinkInvalid {

	private LinkInvalid() {
	}

	static String show(Model model, State state, Purpose purpose) {
		model.addAttribute("state", state.name());
		model.addAttribute("purpose", purpose.name());
		return "accounts/link-invalid";
	}

}
