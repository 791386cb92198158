package org.boussole.system;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout needs on every page: the links that switch language and keep the
 * current page.
 */
@ControllerAdvice
class LayoutModelAdvice {

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

	private static String withLang(String path, String query, String lang) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query);
		return builder.replaceQueryParam("lang", lang).build().toUriString();
	}

}
