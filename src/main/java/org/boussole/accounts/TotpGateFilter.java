package org.boussole.accounts;

import java.io.IOException;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a half-logged-in person on the two-factor code page, and a network administrator
 * without two-factor authentication on its set-up page, whatever address they try.
 */
@Component
class TotpGateFilter extends OncePerRequestFilter {

	static final String CODE_PATH = "/connexion/code";

	static final String ENROL_PATH = "/compte/double-authentification";

	private static final Set<String> ALWAYS_ALLOWED = Set.of("/deconnexion", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = target(SecurityContextHolder.getContext().getAuthentication());
		if (target != null && !path.equals(target) && !ALWAYS_ALLOWED.contains(path) && !isStatic(path)) {
			response.sendRedirect(request.getContextPath() + target);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String target(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return null;
		}
		if (authentication.getAuthorities()
			.stream()
			.anyMatch(a -> AccountAuthenticationProvider.TOTP_PENDING.equals(a.getAuthority()))) {
			return CODE_PATH;
		}
		return user.mustEnrolTotp() ? ENROL_PATH : null;
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
				|| path.startsWith("/webjars/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
