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

import jakarta.servlet.http.HttpServletRequest;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;
import org.boussole.accounts.PasswordManagement.ResetLink;

/**
 * Forgotten password: ask for a link (same answer whatever the address), then set a new
 * password through it.
 */
@Controller
class PasswordResetController {

	static final String SENT_PATH = "/mot-de-passe/demande-envoyee";

	private final PasswordManagement passwords;

	private final MailRequestThrottle throttle;

	PasswordResetController(PasswordManagement passwords, MailRequestThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@GetMapping("/mot-de-passe-oublie")
	String initForgotForm(Model model) {
		model.addAttribute("emailForm", new EmailForm(""));
		return "accounts/forgot";
	}

	@PostMapping("/mot-de-passe-oublie")
	String processForgotForm(@Validated @ModelAttribute("emailForm") EmailForm form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return "accounts/forgot";
		}
		String email = UserAccount.normaliseEmail(form.email());
		if (throttle.tryAcquire(email, request)) {
			passwords.requestReset(email);
		}
		return "redirect:" + SENT_PATH;
	}

	@GetMapping(SENT_PATH)
	String showMailSent(Model model) {
		model.addAttribute("messageKey", "accounts.forgot.sent");
		return "accounts/mail-sent";
	}

	@GetMapping("/mot-de-passe/nouveau")
	String initResetForm(@RequestParam(name = "jeton", required = false) @Nullable String token, Model model) {
		ResetLink link = passwords.findResetLink(token);
		if (link.state() != State.VALID) {
			return LinkInvalid.show(model, link.state(), Purpose.RESET_PASSWORD);
		}
		model.addAttribute("newPasswordForm", NewPasswordForm.forToken(token, ""));
		return "accounts/reset";
	}

	@PostMapping("/mot-de-passe/nouveau")
	String processResetForm(@ModelAttribute("newPasswordForm") NewPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ResetLink link = passwords.findResetLink(form.jeton());
		if (link.state() != State.VALID) {
			return LinkInvalid.show(model, link.state(), Purpose.RESET_PASSWORD);
		}
		PasswordFields.check(result, form.password(), form.passwordConfirmation(), link.email());
		if (result.hasErrors()) {
			return "accounts/reset";
		}
		State state = passwords.reset(form.jeton(), form.password());
		if (state != State.VALID) {
			return LinkInvalid.show(model, state, Purpose.RESET_PASSWORD);
		}
		redirect.addFlashAttribute("flash", "accounts.reset.done");
		return "redirect:/connexion";
	}

}
