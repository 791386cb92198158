package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The definitions of DESIGN.md §5 that look at the request alone: what a page view is (a
 * GET answered 2xx or 304 for a page, not a static asset) and what a search is (a page
 * view whose query string has a non-empty search parameter). Crawlers are told apart from
 * the User-Agent by {@link UserAgents}.
 */
final class PageViewRules {

	/** The search parameters of the definition; more can be added per import. */
	static final List<String> SEARCH_PARAMETERS = List.of("q", "query", "s", "search", "keyword");

	/** Static assets: style sheets, scripts, images, fonts, icons and source maps. */
	static final Set<String> ASSET_EXTENSIONS = Set.of("css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "svg",
			"svgz", "webp", "avif", "bmp", "tif", "tiff", "ico", "cur", "woff", "woff2", "ttf", "otf", "eot");

	private final byte[][] searchParameters;

	PageViewRules(Collection<String> extraSearchParameters) {
		Set<String> names = new LinkedHashSet<>(SEARCH_PARAMETERS);
		for (String name : extraSearchParameters) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		List<byte[]> bytes = new ArrayList<>();
		for (String name : names) {
			bytes.add(name.getBytes(StandardCharsets.UTF_8));
		}
		this.searchParameters = bytes.toArray(new byte[0][]);
	}

	/**
	 * @return whether the line read into {@code entry} is a page view, leaving crawlers
	 * aside
	 */
	boolean isPageRequest(LogEntry entry) {
		return entry.get && entry.validTarget && (entry.status / 100 == 2 || entry.status == 304)
				&& !isAsset(entry.line, entry.pathStart, entry.pathEnd);
	}

	static boolean isAsset(byte[] b, int start, int end) {
		int dot = -1;
		for (int i = end - 1; i >= start; i--) {
			if (b[i] == '.') {
				dot = i;
				break;
			}
			if (b[i] == '/') {
				return false;
			}
		}
		int length = end - dot - 1;
		if (dot < 0 || length < 2 || length > 5) {
			return false;
		}
		String extension = new String(b, dot + 1, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		return ASSET_EXTENSIONS.contains(extension);
	}

	/**
	 * @return whether the query string of the line read into {@code entry} holds a
	 * non-empty search parameter
	 */
	boolean isSearch(LogEntry entry) {
		byte[] b = entry.line;
		int p = entry.queryStart;
		int end = entry.queryEnd;
		while (p < end) {
			int pairEnd = p;
			while (pairEnd < end && b[pairEnd] != '&' && b[pairEnd] != ';') {
				pairEnd++;
			}
			int equals = p;
			while (equals < pairEnd && b[equals] != '=') {
				equals++;
			}
			if (equals < pairEnd && isSearchName(b, p, equals) && !isBlankValue(b, equals + 1, pairEnd)) {
				return true;
			}
			p = pairEnd + 1;
		}
		return false;
	}

	private boolean isSearchName(byte[] b, int start, int end) {
		for (byte[] name : searchParameters) {
			if (java.util.Arrays.equals(b, start, end, name, 0, name.length)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A value made only of encoded spaces ({@code +}, {@code %20}) is as empty as no
	 * value at all.
	 */
	private static boolean isBlankValue(byte[] b, int start, int end) {
		int p = start;
		while (p < end) {
			if (b[p] == '+' || b[p] == ' ') {
				p++;
			}
			else if (b[p] == '%' && p + 2 < end && b[p + 1] == '2' && b[p + 2] == '0') {
				p += 3;
			}
			else {
				return false;
			}
		}
		return true;
	}

}
