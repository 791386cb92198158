package org.boussole.system;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout needs on every page: the links that switch language and keep the
 * current page, and which account links to show. The roles are read once per page rather
 * than by one security expression per link, which the job fiche pages under load showed
 * to be a noticeable share of their rendering time.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@ModelAttribute("langSwitch")
	Map<String, String> langSwitch(HttpServletRequest request) {
		// on an error page, switch the language of the page that failed rather than of
		// /error
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String original) ? original : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		String query = (failed == null) ? request.getQueryString() : null;
		return Map.of("fr", withLang(path, query, "fr"), "en", withLang(path, query, "en"));
	}

	@ModelAttribute("nav")
	Navigation navigation() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
			return Navigation.ANONYMOUS;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return Navigation.of(authorities);
	}

	private static String withLang(String path, String query, String lang) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query);
		return builder.replaceQueryParam("lang", lang).build().toUriString();
	}

}
