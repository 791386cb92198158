package org.boussole.audience;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.boussole.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Measures the page views of the public site as they are served: GET requests answered
 * 200 with HTML, outside the staff and personal areas, from a person's browser (not a
 * crawler), not by signed-in staff, unless the browser sends Do-Not-Track or Global
 * Privacy Control or the visitor opted out. It runs inside the security filter chain, so
 * that it sees who is signed in. The page view goes to a bounded buffer; nothing here
 * waits for the database.
 */
final class LiveMeasurementFilter extends OncePerRequestFilter {

	/**
	 * Request attribute read by the privacy page: {@code measured}, {@code opted-out} or
	 * {@code refused} (Do-Not-Track, Global Privacy Control).
	 */
	static final String STATE_ATTRIBUTE = "audienceMeasurement";

	private static final String ROLE_PREFIX = "ROLE_";

	private final LiveRecorder recorder;

	private final UserAgents userAgents;

	private final VisitorKeys visitorKeys;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * The keys of the visitors seen lately: a visit is several pages, and a key costs an
	 * HMAC.
	 */
	private final Memo<String, byte[]> keys;

	LiveMeasurementFilter(LiveRecorder recorder, UserAgents userAgents, VisitorKeys visitorKeys, Clock clock) {
		this.recorder = recorder;
		this.userAgents = userAgents;
		this.visitorKeys = visitorKeys;
		this.clock = clock;
		this.keys = new Memo<>(10_000, this::keyOf);
		userAgents.warmUp();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!LivePages.isMeasured(path)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] cookies = request.getCookies();
		HttpServletRequest headers = unwrapped(request);
		boolean refused = VisitorCookie.refusesTracking(headers);
		boolean optedOut = VisitorCookie.optedOut(cookies);
		if (path.equals(LivePages.PRIVACY_PAGE)) {
			request.setAttribute(STATE_ATTRIBUTE, refused ? "refused" : optedOut ? "opted-out" : "measured");
		}
		Device device = (refused || optedOut || isPartial(headers) || isStaff()) ? null : device(headers);
		if (device == null) {
			chain.doFilter(request, response);
			return;
		}
		String id = VisitorCookie.idOf(cookies);
		Instant now = clock.instant();
		if (id == null) {
			// set once, before the page is written; never renewed, so it lives 13 months
			// at most
			id = VisitorCookie.newId(random);
			response.addHeader(HttpHeaders.SET_COOKIE,
					VisitorCookie.header(VisitorCookie.NAME, id, VisitorCookie.maxAgeSeconds(now), request.isSecure()));
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_OK && isHtml(response.getContentType())) {
			recorder.offer(view(request, headers, path, id, now, device));
		}
	}

	private LiveView view(HttpServletRequest request, HttpServletRequest headers, String path, String id, Instant now,
			Device device) {
		String query = request.getQueryString();
		boolean search = LivePages.isSearch(query);
		Integer results = null;
		if (search && request.getAttribute(AudienceAttributes.SEARCH_RESULTS) instanceof Number number) {
			results = number.intValue();
		}
		FunnelStep step = LivePages.stepOf(path,
				path.equals(LivePages.REQUEST_PAGE) ? request.getParameter("depuis") : null);
		String referer = headers.getHeader(HttpHeaders.REFERER);
		ReferrerSource referrer = ReferrerSource.of(referer, referer == null ? "" : request.getServerName(), query);
		return new LiveView(keys.get(id), now, path, search, results, referrer, device, step);
	}

	private byte[] keyOf(String id) {
		return visitorKeys.key(VisitorCookie.NAME, id);
	}

	/**
	 * The request as the server read it, under the wrappers of the security filters: the
	 * headers read here are only sorted into categories (device, referrer, signals),
	 * never stored nor written back, so they are read without the firewall's checks of
	 * every header value on every read, which cost more than the measurement itself.
	 */
	private static HttpServletRequest unwrapped(HttpServletRequest request) {
		ServletRequest inner = request;
		while (inner instanceof ServletRequestWrapper wrapper) {
			inner = wrapper.getRequest();
		}
		return inner instanceof HttpServletRequest http ? http : request;
	}

	private @Nullable Device device(HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		return userAgents.deviceOf(userAgent == null ? "" : userAgent);
	}

	/** htmx swaps part of a page already counted; a boosted link is a page of its own. */
	private static boolean isPartial(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
	}

	private static boolean isStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(ROLE_PREFIX) && isStaffRole(name.substring(ROLE_PREFIX.length()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isStaffRole(String name) {
		for (Role role : Role.STAFF) {
			if (role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHtml(@Nullable String contentType) {
		return contentType != null && contentType.regionMatches(true, 0, "text/html", 0, 9);
	}

}
