package org.boussole.audience;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import ua_parser.Parser;

/**
 * Tells the device class of a User-Agent, or that it is a crawler or another program
 * rather than a person's browser. A short explicit list of words catches most programs at
 * once; uap-java (the ua-parser project's patterns) catches the other crawlers and names
 * devices. The same User-Agents come back all the time, so answers are cached.
 */
final class UserAgents {

	/**
	 * Longer User-Agents are cut: nothing past this length changes the answer, and it
	 * bounds the parsing cost.
	 */
	static final int MAX_LENGTH = 512;

	private static final List<String> PROGRAM_WORDS = List.of("bot", "crawl", "spider", "slurp", "curl/", "wget",
			"python-requests", "python-urllib", "python/", "aiohttp", "httpx", "go-http-client", "java/", "okhttp",
			"apache-httpclient", "libwww", "lwp::", "httpclient", "headlesschrome", "phantomjs", "scrapy",
			"facebookexternalhit", "whatsapp", "preview", "feedfetcher", "pingdom", "uptime", "monitoring",
			"lighthouse", "nutch", "archiver", "mediapartners", "node-fetch", "axios", "guzzle", "postman", "zgrab",
			"masscan", "nmap", "nikto", "sqlmap", "check_http", "validator");

	/** Names that contain {@code bot} but are phones. */
	private static final List<String> NOT_PROGRAMS = List.of("cubot");

	private static final List<String> TABLET_WORDS = List.of("ipad", "kindle", "silk/", "playbook", "tablet");

	private static final List<String> MOBILE_WORDS = List.of("mobi", "iphone", "ipod", "android", "windows phone",
			"opera mini", "blackberry", "bb10", "webos", "symbian", "midp", "j2me");

	private final Memo<String, Kind> kinds = new Memo<>(20_000, this::classify);

	private volatile @Nullable Parser parser;

	/**
	 * @param userAgent the User-Agent header, may be empty
	 * @return the device class, or {@literal null} for a crawler or another program
	 */
	@Nullable Device deviceOf(String userAgent) {
		String key = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
		return kinds.get(key).device;
	}

	private Kind classify(String userAgent) {
		String ua = userAgent.toLowerCase(Locale.ROOT);
		if (ua.isBlank() || ua.equals("-") || isProgram(ua)) {
			return Kind.PROGRAM;
		}
		String family = parser().parseDevice(userAgent).family;
		if ("Spider".equals(family)) {
			return Kind.PROGRAM;
		}
		if (containsAny(ua, TABLET_WORDS) && !ua.contains("tablet pc") || "iPad".equals(family)
				|| (ua.contains("android") && !ua.contains("mobi"))) {
			return Kind.TABLET;
		}
		if (containsAny(ua, MOBILE_WORDS) || "iPhone".equals(family) || family.startsWith("Generic Smartphone")
				|| family.startsWith("Generic Feature Phone")) {
			return Kind.MOBILE;
		}
		return Kind.DESKTOP;
	}

	private static boolean isProgram(String ua) {
		for (String word : PROGRAM_WORDS) {
			int at = ua.indexOf(word);
			if (at >= 0 && !partOfAPhoneName(ua, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean partOfAPhoneName(String ua, int at) {
		for (String name : NOT_PROGRAMS) {
			int start = at - (name.length() - 3);
			if (start >= 0 && ua.startsWith(name, start)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAny(String ua, List<String> words) {
		for (String word : words) {
			if (ua.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Loads the patterns in the background, so that the first User-Agent does not wait
	 * for them.
	 */
	void warmUp() {
		if (parser == null) {
			Thread loader = new Thread(this::parser, "user-agent-patterns");
			loader.setDaemon(true);
			loader.start();
		}
	}

	private Parser parser() {
		Parser current = parser;
		if (current == null) {
			synchronized (this) {
				current = parser;
				if (current == null) {
					current = new Parser();
					parser = current;
				}
			}
		}
		return current;
	}

	private enum Kind {

		PROGRAM(null), DESKTOP(Device.DESKTOP), MOBILE(Device.MOBILE), TABLET(Device.TABLET);

		private final @Nullable Device device;

		Kind(@Nullable Device device) {
			this.device = device;
		}

	}

}
