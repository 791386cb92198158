package org.boussole.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;
import org.boussole.accounts.RegistrationManagement.Invitation;

/**
 * An invited staff member opens the e-mailed link, checks their name and chooses a
 * password.
 */
@Controller
class InvitationController {

	private final RegistrationManagement registration;

	InvitationController(RegistrationManagement registration) {
		this.registration = registration;
	}

	@GetMapping("/invitation")
	String initInvitationForm(@RequestParam(name = "jeton", required = false) @Nullable String token, Model model) {
		Invitation invitation = registration.findInvitation(token);
		if (invitation.state() != State.VALID || invitation.account() == null) {
			return LinkInvalid.show(model, invitation.state(), Purpose.INVITATION);
		}
		model.addAttribute("newPasswordForm", NewPasswordForm.forToken(token, invitation.account().getDisplayName()));
		model.addAttribute("invitedEmail", invitation.account().getEmail());
		return "accounts/invitation";
	}

	@PostMapping("/invitation")
	String processInvitationForm(@Validated @ModelAttribute("newPasswordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Invitation invitation = registration.findInvitation(form.jeton());
		if (invitation.state() != State.VALID || invitation.account() == null) {
			return LinkInvalid.show(model, invitation.state(), Purpose.INVITATION);
		}
		if (form.displayName() == null || form.displayName().isBlank()) {
			result.rejectValue("displayName", "accounts.validation.name.required");
		}
		PasswordFields.check(result, form.password(), form.passwordConfirmation(), invitation.account().getEmail());
		if (result.hasErrors()) {
			model.addAttribute("invitedEmail", invitation.account().getEmail());
			return "accounts/invitation";
		}
		State state = registration.acceptInvitation(form.jeton(), form.displayName(), form.password());
		if (state != State.VALID) {
			return LinkInvalid.show(model, state, Purpose.INVITATION);
		}
		redirect.addFlashAttribute("flash", "accounts.invitation.done");
		return "redirect:/connexion";
	}

}
