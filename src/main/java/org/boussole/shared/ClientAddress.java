package org.boussole.shared;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client a request comes from, the one way every limit per address
 * (logins, sign-ups, e-mails, searches) reads it.
 * <ul>
 * <li>No proxy ({@code server.forward-headers-strategy} unset or {@code none}): the
 * address of the connection. {@code X-Forwarded-For} is ignored, so that a client cannot
 * pick its bucket by forging it.</li>
 * <li>{@code native}: the address Tomcat's {@code RemoteIpValve} gives, that is the last
 * address of {@code X-Forwarded-For} that is not one of the trusted proxies
 * ({@code server.tomcat.remoteip.internal-proxies}, private addresses by default).</li>
 * <li>{@code framework}: Spring's {@code ForwardedHeaderFilter} would give the
 * <em>first</em> address of {@code X-Forwarded-For}, which the client writes itself. The
 * last one, appended by the proxy in front of Boussole, is read instead (or the last
 * {@code for=} of {@code Forwarded}).</li>
 * </ul>
 */
@Component
public class ClientAddress {

	private static final Pattern IP = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

	private final boolean framework;

	public ClientAddress(@Value("${server.forward-headers-strategy:none}") String strategy) {
		this.framework = "framework".equals(strategy.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * @return the client address, never {@literal null}
	 */
	public String of(HttpServletRequest request) {
		if (!framework) {
			return String.valueOf(request.getRemoteAddr());
		}
		ServletRequest original = request;
		while (original instanceof ServletRequestWrapper wrapper) {
			original = wrapper.getRequest();
		}
		HttpServletRequest received = (HttpServletRequest) original;
		String forwarded = lastForwardedFor(received);
		return forwarded != null ? forwarded : String.valueOf(received.getRemoteAddr());
	}

	private static @Nullable String lastForwardedFor(HttpServletRequest request) {
		String last = lastValue(request, "X-Forwarded-For");
		if (last == null) {
			String forwarded = lastValue(request, "Forwarded");
			if (forwarded == null) {
				return null;
			}
			last = null;
			for (String pair : forwarded.split(";")) {
				String[] nameValue = pair.strip().split("=", 2);
				if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("for")) {
					last = nameValue[1].strip();
				}
			}
			if (last == null) {
				return null;
			}
		}
		return address(last);
	}

	/** The last element of the last header of that name, or {@literal null}. */
	private static @Nullable String lastValue(HttpServletRequest request, String header) {
		List<String> headers = Collections.list(request.getHeaders(header));
		if (headers.isEmpty()) {
			return null;
		}
		String[] elements = headers.get(headers.size() - 1).split(",");
		String last = elements.length == 0 ? "" : elements[elements.length - 1].strip();
		return last.isEmpty() ? null : last;
	}

	/**
	 * An IP address without quotes, brackets nor port; {@literal null} if it is not one.
	 */
	private static @Nullable String address(String value) {
		String address = value.replace("\"", "");
		if (address.startsWith("[")) {
			int end = address.indexOf(']');
			address = end < 0 ? "" : address.substring(1, end);
		}
		else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
			address = address.substring(0, address.indexOf(':'));
		}
		return IP.matcher(address).matches() ? address : null;
	}

}
