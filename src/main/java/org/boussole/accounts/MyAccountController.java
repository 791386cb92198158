package org.boussole.accounts;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "My account": a summary, the profile (name, language) and the password of the logged-in
 * person only.
 */
@Controller
class MyAccountController {

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	private final SessionPrincipal session;

	private final LoginThrottle throttle;

	MyAccountController(AccountManagement accounts, PasswordManagement passwords, SessionPrincipal session,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.session = session;
		this.throttle = throttle;
	}

	@GetMapping("/compte")
	String showAccount(@AuthenticationPrincipal CurrentUser user, Model model) {
		UserAccount account = accounts.findAccount(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("roles", account.getRoles().stream().sorted().toList());
		return "accounts/account";
	}

	@GetMapping("/compte/profil")
	String initProfileForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		UserAccount account = accounts.findAccount(user.id()).orElseThrow();
		model.addAttribute("profileForm", new ProfileForm(account.getDisplayName(), account.getLocale().getLanguage()));
		return "accounts/profile";
	}

	@PostMapping("/compte/profil")
	String processProfileForm(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/profile";
		}
		CurrentUser updated = accounts.updateProfile(user.id(), form.displayName(),
				Locale.forLanguageTag(form.language()));
		session.refresh(updated, request, response);
		redirect.addFlashAttribute("flash", "accounts.profile.saved");
		return "redirect:/compte";
	}

	@GetMapping("/compte/mot-de-passe")
	String initPasswordForm(Model model) {
		model.addAttribute("changePasswordForm", new ChangePasswordForm(null, null, null));
		return "accounts/password";
	}

	@PostMapping("/compte/mot-de-passe")
	String processPasswordForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("changePasswordForm") ChangePasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "accounts.validation.password.currentRequired");
		}
		PasswordFields.check(result, form.password(), form.passwordConfirmation(), user.email());
		if (result.hasErrors()) {
			return "accounts/password";
		}
		// guessing the current password from an open session is throttled like a login
		LoginOrigin origin = throttle.originOf(request, user.email());
		if (!throttle.allows(user.email(), origin)) {
			result.rejectValue("currentPassword", "accounts.login.throttled");
			return "accounts/password";
		}
		Optional<CurrentUser> changed = passwords.change(user, form.currentPassword(), form.password());
		if (changed.isEmpty()) {
			throttle.recordFailure(user.email(), origin);
			result.rejectValue("currentPassword", "accounts.validation.password.currentWrong");
			return "accounts/password";
		}
		// the other sessions end; this one goes on
		session.refresh(changed.get(), request, response);
		redirect.addFlashAttribute("flash", "accounts.password.changed");
		return "redirect:/compte";
	}

}
