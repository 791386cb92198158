package org.boussole.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.boussole.content.JobViews.Fiche;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the whole page of a job fiche, as sent to a visitor who is not signed in, and
 * sends it again to the next such visitor without going through Spring MVC and Thymeleaf.
 * Fiche pages are most of what the public reads and, for someone not signed in, a fiche's
 * page depends only on the fiche and the language: the header has no personal link, no
 * form carries a token. Anything else (a signed-in person, a session, a query string, an
 * htmx request) is rendered as usual.
 * <p>
 * Runs after Spring Security (its headers are written as for any page) and after the
 * audience measurement (the view is counted). A page is kept compressed, with the fiche
 * it was made from: once the catalogue reads the fiche again (after an import, or its
 * expiry), the page is made again.
 */
final class FichePageCache extends OncePerRequestFilter {

	private static final Pattern FICHE_PATH = Pattern.compile("/metiers/[A-Z][0-9]{4}");

	private static final long MAX_BYTES = 24L * 1024 * 1024;

	private final JobCatalogue catalogue;

	private final LocaleResolver locales;

	private final Cache<String, Page> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Page page) -> page.gzip().length)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	private final Counter hits;

	private final Counter misses;

	FichePageCache(JobCatalogue catalogue, LocaleResolver locales, MeterRegistry meters) {
		this.catalogue = catalogue;
		this.locales = locales;
		this.hits = meters.counter("boussole.fiche.pages", "result", "kept");
		this.misses = meters.counter("boussole.fiche.pages", "result", "rendered");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader("HX-Request") != null || request.getSession(false) != null
				|| !FICHE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
				|| !isAnonymous();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String code = request.getRequestURI().substring(request.getContextPath().length() + "/metiers/".length());
		Optional<Fiche> fiche = catalogue.fiche(code);
		if (fiche.isEmpty()) {
			chain.doFilter(request, response); // the 404 page
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String key = code + '|' + locale.toLanguageTag();
		Page page = pages.getIfPresent(key);
		if (page != null && page.fiche() == fiche.get()) {
			hits.increment();
			send(page, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		Page made = (request.getSession(false) == null) ? keepable(rendering, fiche.get()) : null;
		if (made != null) {
			misses.increment();
			pages.put(key, made);
		}
		rendering.copyBodyToResponse();
	}

	private static @Nullable Page keepable(ContentCachingResponseWrapper rendering, Fiche fiche) {
		String type = rendering.getContentType();
		if (rendering.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")) {
			return null;
		}
		byte[] html = rendering.getContentAsByteArray();
		if (new String(html, StandardCharsets.UTF_8).contains("_csrf")) {
			return null; // a form with a token of this request: never sent to someone
							// else
		}
		return new Page(fiche, gzip(html), type, rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE));
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.language() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted != null && accepted.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzip().length);
			response.getOutputStream().write(page.gzip());
			return;
		}
		byte[] html = gunzip(page.gzip());
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
	}

	private static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	private static byte[] gzip(byte[] html) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length / 4);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	/** A page as sent, compressed, and the fiche it shows. */
	private record Page(Fiche fiche, byte[] gzip, String contentType, @Nullable String language) {
	}

}
