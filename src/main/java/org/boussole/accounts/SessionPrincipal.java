package org.boussole.accounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces the person kept in the session: after the two-factor code (a full login, with
 * a new session id) and after a change that the header or the two-factor gate read (name,
 * two-factor status).
 */
@Component
class SessionPrincipal {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	/**
	 * Completes a login: the roles become the authorities and the session gets a new id.
	 */
	void logIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()), request, response);
	}

	/**
	 * Replaces the person and their authorities (roles given or taken since the login),
	 * in the same session.
	 */
	void replace(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()), request, response);
	}

	/** Keeps the same authorities, with the person's new details. */
	void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = holder.getContext().getAuthentication();
		if (current == null) {
			return;
		}
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, current.getAuthorities()), request,
				response);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
