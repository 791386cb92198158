package org.boussole.shared;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent with files over the limits (10 MB a file, 31 MB in all) cannot be read: the
 * container refuses its body, and the first filter that asks for a parameter (the CSRF
 * check) would fail with an error page. This filter, placed before the security filters,
 * reads the parts of the forms of some pages first and, when they are too large, sends
 * the person back to the same page with {@value #TOO_LARGE}, where the file field says
 * why. It changes nothing and reveals nothing: the page itself still checks who may see
 * it. Each module that takes files declares one, as a bean, for its own pages.
 */
public class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * The parameter that makes the page show the message about too large files.
	 */
	public static final String TOO_LARGE = "trop-lourd";

	private final Pattern pages;

	/**
	 * @param pages the addresses (without the context path) whose forms take files; the
	 * same address must show the form again on GET
	 */
	public UploadLimitFilter(Pattern pages) {
		this.pages = pages;
	}

	/**
	 * @return whether the address is one of the pages of this filter
	 */
	public boolean covers(String path) {
		return pages.matcher(path).matches();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || !covers(path(request));
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

	/**
	 * @return the address of the request, without the context path
	 */
	public static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
