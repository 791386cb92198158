package org.boussole.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of a login with two-factor authentication: the code from the app
 * completes the login. Wrong codes count against the same throttle as wrong passwords.
 */
@Controller
class LoginCodeController {

	private final TwoFactorManagement twoFactor;

	private final AccountManagement accounts;

	private final LoginThrottle throttle;

	private final SessionPrincipal session;

	LoginCodeController(TwoFactorManagement twoFactor, AccountManagement accounts, LoginThrottle throttle,
			SessionPrincipal session) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.throttle = throttle;
		this.session = session;
	}

	@GetMapping(TotpGateFilter.CODE_PATH)
	String showCodeForm() {
		return "accounts/login-code";
	}

	@PostMapping(TotpGateFilter.CODE_PATH)
	String processCodeForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "code", required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LoginOrigin origin = throttle.originOf(request, user.email());
		if (!throttle.allows(user.email(), origin)) {
			model.addAttribute("error", "accounts.login.throttled");
			return "accounts/login-code";
		}
		if (!twoFactor.verify(user.id(), code)) {
			throttle.recordFailure(user.email(), origin);
			model.addAttribute("error", "accounts.code.wrong");
			return "accounts/login-code";
		}
		throttle.recordSuccess(user.email(), origin);
		CurrentUser full = CurrentUser.of(accounts.findAccount(user.id()).orElseThrow());
		session.logIn(full, request, response);
		return "redirect:" + (full.mustEnrolTotp() ? TotpGateFilter.ENROL_PATH : "/compte");
	}

}
