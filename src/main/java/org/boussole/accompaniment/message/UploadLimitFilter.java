package org.boussole.accompaniment.message;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A message sent with files over the limits (10 MB a file, 31 MB in all) cannot be read:
 * the container refuses its body, and the first filter that asks for a parameter (the
 * CSRF check) would fail with an error page. This filter, placed before the security
 * filters, reads the parts of a message form first and, when they are too large, sends
 * the person back to the conversation, where the file field says why. It changes nothing
 * and reveals nothing: the conversation itself still checks who may see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

	/** The addresses of the message forms. */
	static final Pattern MESSAGE_PAGES = Pattern
		.compile("/mon-accompagnement/messages|/conseil/dossiers/[0-9a-fA-F-]{36}/messages");

	/**
	 * The parameter that makes the conversation show the message about too large files.
	 */
	static final String TOO_LARGE = "trop-lourd";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase().startsWith("multipart/")
				|| !MESSAGE_PAGES.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + path(request) + "?" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
