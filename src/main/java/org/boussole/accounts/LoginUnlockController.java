package org.boussole.accounts;

import java.util.Optional;

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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;

/**
 * Unlocking logins by e-mail: ask for a link (same answer whatever the address), then
 * open it and confirm in the browser to unlock. The link is only used by the button, so
 * that a mail scanner opening it unlocks nothing.
 */
@Controller
class LoginUnlockController {

	static final String PATH = "/connexion/debloquer";

	static final String SENT_PATH = PATH + "/envoye";

	private final LoginUnlocks unlocks;

	private final UnlockedBrowsers browsers;

	private final MailRequestThrottle throttle;

	LoginUnlockController(LoginUnlocks unlocks, UnlockedBrowsers browsers, MailRequestThrottle throttle) {
		this.unlocks = unlocks;
		this.browsers = browsers;
		this.throttle = throttle;
	}

	@GetMapping(PATH)
	String initRequestForm(HttpSession session, Model model) {
		Object typed = session.getAttribute(LoginHandlers.TYPED_EMAIL);
		model.addAttribute("emailForm", new EmailForm(typed instanceof String email ? email : ""));
		return "accounts/unlock";
	}

	@PostMapping(PATH)
	String processRequestForm(@Validated @ModelAttribute("emailForm") EmailForm form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return "accounts/unlock";
		}
		String email = UserAccount.normaliseEmail(form.email());
		if (throttle.tryAcquire(email, request)) {
			unlocks.request(email);
		}
		return "redirect:" + SENT_PATH;
	}

	@GetMapping(SENT_PATH)
	String showMailSent(Model model) {
		model.addAttribute("messageKey", "accounts.unlock.sent");
		return "accounts/mail-sent";
	}

	@GetMapping(LoginUnlocks.LINK_PATH)
	String showUnlock(@RequestParam(name = "jeton", required = false) @Nullable String token, Model model) {
		State state = unlocks.check(token);
		if (state != State.VALID) {
			return LinkInvalid.show(model, state, Purpose.UNLOCK_LOGIN);
		}
		model.addAttribute("jeton", token);
		return "accounts/unlock-confirm";
	}

	@PostMapping(LoginUnlocks.LINK_PATH)
	String unlock(@RequestParam(name = "jeton", required = false) @Nullable String token, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		State state = unlocks.check(token);
		Optional<String> email = state == State.VALID ? unlocks.use(token) : Optional.empty();
		if (email.isEmpty()) {
			return LinkInvalid.show(model, state == State.VALID ? State.USED : state, Purpose.UNLOCK_LOGIN);
		}
		browsers.unlock(request, response, email.get());
		request.getSession().setAttribute(LoginHandlers.TYPED_EMAIL, email.get());
		redirect.addFlashAttribute("flash", "accounts.unlock.done");
		return "redirect:/connexion";
	}

}
