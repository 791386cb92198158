package org.boussole.accounts;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a login leads: the code page, the two-factor set-up, the page asked for, or back
 * to the form.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/**
	 * Session attribute keeping the typed address across the redirect back to the form.
	 */
	static final String TYPED_EMAIL = LoginHandlers.class.getName() + ".email";

	/**
	 * Session attribute keeping, across the redirect, how many seconds a throttled login
	 * must wait.
	 */
	static final String WAIT_SECONDS = LoginHandlers.class.getName() + ".wait";

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginHandlers() {
		savedRequest.setDefaultTargetUrl("/compte");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		request.getSession().removeAttribute(TYPED_EMAIL);
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		if (authentication.getAuthorities()
			.stream()
			.anyMatch(a -> AccountAuthenticationProvider.TOTP_PENDING.equals(a.getAuthority()))) {
			response.sendRedirect(request.getContextPath() + "/connexion/code");
		}
		else if (user.mustEnrolTotp()) {
			response.sendRedirect(request.getContextPath() + TotpGateFilter.ENROL_PATH);
		}
		else {
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		if (email != null && email.length() <= 254) {
			request.getSession().setAttribute(TYPED_EMAIL, email);
		}
		String reason = "erreur";
		if (exception instanceof LockedException) {
			reason = "bloque";
			long seconds = (exception instanceof LoginThrottled throttled)
					? Math.max(1, (throttled.getWait().toMillis() + 999) / 1000) : 0;
			request.getSession().setAttribute(WAIT_SECONDS, seconds);
		}
		else if (exception instanceof DisabledException) {
			reason = "non-confirme";
		}
		response.sendRedirect(request.getContextPath() + "/connexion?" + reason);
	}

}
