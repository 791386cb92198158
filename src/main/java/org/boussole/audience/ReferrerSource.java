package org.boussole.audience;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a page view came from, as a category only: the referring address itself is never
 * kept. Campaign links ({@code utm_*} parameters) win over the Referer header; a Referer
 * from the site itself is internal navigation.
 */
enum ReferrerSource {

	DIRECT, SEARCH, SOCIAL, SITE, CAMPAIGN, INTERNAL;

	/** Computed once: the store writes one per page view. */
	private final String code = name().toLowerCase(Locale.ROOT);

	/** Longer Referer headers are not real ones: they are treated as absent. */
	static final int MAX_REFERER_LENGTH = 2048;

	private static final Set<String> SEARCH_ENGINES = Set.of("google", "bing", "duckduckgo", "qwant", "yahoo", "ecosia",
			"yandex", "baidu", "startpage", "lilo", "ask", "aol", "seznam", "naver", "kagi");

	private static final Set<String> SOCIAL_NETWORKS = Set.of("facebook", "instagram", "linkedin", "twitter", "youtube",
			"tiktok", "pinterest", "reddit", "snapchat", "whatsapp", "telegram", "threads", "bsky", "mastodon",
			"viadeo", "tumblr", "discord");

	private static final Set<String> SOCIAL_HOSTS = Set.of("t.co", "x.com", "lnkd.in", "fb.me", "m.me", "youtu.be",
			"t.me", "wa.me");

	/**
	 * @return the name of the category in the store
	 */
	String code() {
		return code;
	}

	/**
	 * @param referer the Referer header, if any
	 * @param siteHost the host the request was sent to
	 * @param query the query string of the request, if any
	 * @return the category, never {@literal null}
	 */
	static ReferrerSource of(@Nullable String referer, String siteHost, @Nullable String query) {
		if (query != null && hasCampaignParameter(query)) {
			return CAMPAIGN;
		}
		if (referer == null || referer.isBlank() || referer.length() > MAX_REFERER_LENGTH) {
			return DIRECT;
		}
		String host = hostOf(referer);
		if (host == null) {
			return SITE;
		}
		if (host.equalsIgnoreCase(siteHost)) {
			return INTERNAL;
		}
		return ofHost(host.toLowerCase(Locale.ROOT));
	}

	static ReferrerSource ofHost(String host) {
		if (SOCIAL_HOSTS.contains(host) || host.endsWith(".x.com")) {
			return SOCIAL;
		}
		String[] labels = host.split("\\.");
		// the name under the public suffix: google in www.google.co.uk, bing in bing.com
		for (int i = 0; i < labels.length - 1; i++) {
			if (SEARCH_ENGINES.contains(labels[i])
					|| (labels[i].equals("search") && i + 1 < labels.length && labels[i + 1].equals("brave"))) {
				return SEARCH;
			}
			if (SOCIAL_NETWORKS.contains(labels[i])) {
				return SOCIAL;
			}
		}
		return SITE;
	}

	private static @Nullable String hostOf(String referer) {
		try {
			return URI.create(referer.strip()).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasCampaignParameter(String query) {
		for (String pair : query.split("[&;]")) {
			if (pair.regionMatches(true, 0, "utm_", 0, 4)) {
				int equals = pair.indexOf('=');
				if (equals > 4 && equals < pair.length() - 1) {
					return true;
				}
			}
		}
		return false;
	}

}
