package org.boussole.accounts;

import java.util.Locale;

import org.boussole.shared.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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

/**
 * Sign-up of beneficiaries, address confirmation and new confirmation links. The answer
 * after sending is the same whether the address already had an account or not.
 */
@Controller
class SignUpController {

	static final String SENT_PATH = "/inscription/envoye";

	private final RegistrationManagement registration;

	private final MailRequestThrottle throttle;

	private final ClientAddress clientAddress;

	SignUpController(RegistrationManagement registration, MailRequestThrottle throttle, ClientAddress clientAddress) {
		this.registration = registration;
		this.throttle = throttle;
		this.clientAddress = clientAddress;
	}

	@GetMapping("/inscription")
	String initSignUpForm(Model model) {
		model.addAttribute("signUpForm", SignUpForm.empty());
		return "accounts/signup";
	}

	@PostMapping("/inscription")
	String processSignUpForm(@Validated @ModelAttribute("signUpForm") SignUpForm form, BindingResult result,
			Locale locale, HttpServletRequest request) {
		PasswordFields.check(result, form.password(), form.passwordConfirmation(), form.email());
		if (result.hasErrors()) {
			return "accounts/signup";
		}
		// a sign-up for a known address creates nothing; its owner is told, within limits
		String email = UserAccount.normaliseEmail(form.email());
		try {
			registration.signUp(email, form.displayName(), form.password(), locale, clientAddress.of(request));
		}
		catch (SignUpLimitReached ex) {
			// the same answer, so that the limit tells nothing about the address
		}
		catch (DataIntegrityViolationException ex) {
			// two sign-ups for one address at the same moment: the second one gets
			// the same answer
		}
		return "redirect:" + SENT_PATH;
	}

	@GetMapping(SENT_PATH)
	String showMailSent(Model model) {
		model.addAttribute("messageKey", "accounts.signup.sent");
		return "accounts/mail-sent";
	}

	@GetMapping("/inscription/confirmer")
	String confirmEmail(@RequestParam(name = "jeton", required = false) @Nullable String token, Model model,
			RedirectAttributes redirect) {
		State state = registration.confirm(token);
		if (state == State.VALID) {
			redirect.addFlashAttribute("flash", "accounts.signup.confirmed");
			return "redirect:/connexion";
		}
		return LinkInvalid.show(model, state, Purpose.CONFIRM_EMAIL);
	}

	@GetMapping("/inscription/renvoyer")
	String initResendForm(Model model) {
		model.addAttribute("emailForm", new EmailForm(""));
		return "accounts/resend";
	}

	@PostMapping("/inscription/renvoyer")
	String processResendForm(@Validated @ModelAttribute("emailForm") EmailForm form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return "accounts/resend";
		}
		String email = UserAccount.normaliseEmail(form.email());
		if (throttle.tryAcquire(email, request)) {
			registration.resendConfirmation(email);
		}
		return "redirect:" + SENT_PATH;
	}

}
