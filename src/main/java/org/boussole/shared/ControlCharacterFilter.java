package org.boussole.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every parameter of every request (query, form, fields of a multipart form), however it
 * is read (bound to a form, a {@code @RequestParam}, or the whole parameter map), comes
 * without {@linkplain ControlCharacters#isControl control characters}: a NUL byte typed
 * or sent in any field is dropped before it reaches a page or the database, which refuses
 * it. Nobody types these characters; tab and line breaks are kept.
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		// after the character encoding, before anything that reads a parameter
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CleanParameters(request), response);
	}

	private static final class CleanParameters extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> parameters;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				Map<String, String[]> clean = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] cleanValues = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						cleanValues[i] = ControlCharacters.strip(values[i]);
					}
					clean.merge(ControlCharacters.strip(name), cleanValues, CleanParameters::concat);
				});
				parameters = Collections.unmodifiableMap(clean);
			}
			return parameters;
		}

		private static String[] concat(String[] first, String[] second) {
			String[] both = new String[first.length + second.length];
			System.arraycopy(first, 0, both, 0, first.length);
			System.arraycopy(second, 0, both, first.length, second.length);
			return both;
		}

	}

}
