package org.boussole.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Two-factor authentication for staff: set-up with a QR code (the secret is kept in the
 * session until a code confirms it), and switching it off with the password, which
 * network administrators cannot do.
 */
@Controller
class TwoFactorController {

	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private final TwoFactorManagement twoFactor;

	private final AccountManagement accounts;

	private final SessionPrincipal session;

	TwoFactorController(TwoFactorManagement twoFactor, AccountManagement accounts, SessionPrincipal session) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.session = session;
	}

	@GetMapping(TotpGateFilter.ENROL_PATH)
	String showTwoFactor(@AuthenticationPrincipal CurrentUser user, HttpSession httpSession, Model model) {
		UserAccount account = accounts.findAccount(user.id()).orElseThrow();
		if (!account.isStaff()) {
			return "redirect:/compte";
		}
		return render(account, httpSession, model, null);
	}

	@PostMapping(TotpGateFilter.ENROL_PATH)
	String enableTwoFactor(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "code", required = false) @Nullable String code, HttpSession httpSession,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UserAccount account = accounts.findAccount(user.id()).orElseThrow();
		Object secret = httpSession.getAttribute(PENDING_SECRET);
		if (!account.isStaff() || account.isTotpEnabled()) {
			return "redirect:/compte";
		}
		if (!(secret instanceof String pending) || !twoFactor.enable(user.id(), pending, code)) {
			return render(account, httpSession, model, "accounts.totp.codeWrong");
		}
		httpSession.removeAttribute(PENDING_SECRET);
		session.refresh(CurrentUser.of(accounts.findAccount(user.id()).orElseThrow()), request, response);
		redirect.addFlashAttribute("flash", "accounts.totp.enabled");
		return "redirect:/compte";
	}

	@PostMapping(TotpGateFilter.ENROL_PATH + "/desactiver")
	String disableTwoFactor(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "password", required = false) @Nullable String password, HttpSession httpSession,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UserAccount account = accounts.findAccount(user.id()).orElseThrow();
		if (account.requiresTotp() || !account.isTotpEnabled()) {
			return "redirect:" + TotpGateFilter.ENROL_PATH;
		}
		if (!twoFactor.disable(user.id(), password)) {
			return render(account, httpSession, model, "accounts.totp.passwordWrong");
		}
		session.refresh(CurrentUser.of(accounts.findAccount(user.id()).orElseThrow()), request, response);
		redirect.addFlashAttribute("flash", "accounts.totp.disabled");
		return "redirect:/compte";
	}

	private String render(UserAccount account, HttpSession httpSession, Model model, @Nullable String error) {
		model.addAttribute("account", account);
		model.addAttribute("error", error);
		if (!account.isTotpEnabled()) {
			Object secret = httpSession.getAttribute(PENDING_SECRET);
			String pending = (secret instanceof String s) ? s : twoFactor.newSecret();
			httpSession.setAttribute(PENDING_SECRET, pending);
			model.addAttribute("secret", pending);
			model.addAttribute("qrCode", twoFactor.qrCode(pending, account.getEmail()));
		}
		return "accounts/two-factor";
	}

}
