package org.boussole.audience;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes access-log lines for the tests: combined format unless said otherwise. */
final class TestLogs {

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

	static final String IPAD = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1";

	static final String ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

	static final String ANDROID_PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";

	static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

	static final String BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

	static final String AHREFS = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)";

	static final String CURL = "curl/8.5.0";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

	private final List<String> lines = new ArrayList<>();

	/** A GET answered 200, at a time of Paris. */
	TestLogs get(String ip, String ua, LocalDateTime parisTime, String target) {
		return line(ip, ua, parisTime, "GET", target, 200);
	}

	TestLogs line(String ip, String ua, LocalDateTime parisTime, String method, String target, int status) {
		return raw(combined(ip, parisTime.atZone(Period.ZONE), method, target, status, ua));
	}

	/** The same, with the time written in UTC as some servers do. */
	TestLogs getUtc(String ip, String ua, LocalDateTime parisTime, String target) {
		ZonedDateTime utc = parisTime.atZone(Period.ZONE).withZoneSameInstant(ZoneOffset.UTC);
		return raw(combined(ip, utc, "GET", target, 200, ua));
	}

	TestLogs raw(String line) {
		lines.add(line);
		return this;
	}

	List<String> lines() {
		return lines;
	}

	String text() {
		return String.join("\n", lines) + "\n";
	}

	static String combined(String ip, ZonedDateTime time, String method, String target, int status, String ua) {
		return ip + " - - [" + TIME.format(time) + "] \"" + method + " " + target + " HTTP/1.1\" " + status
				+ " 1234 \"https://example.org/\" \"" + ua + "\"";
	}

	static String common(String ip, ZonedDateTime time, String method, String target, int status) {
		return ip + " - - [" + TIME.format(time) + "] \"" + method + " " + target + " HTTP/1.1\" " + status + " 1234";
	}

	/**
	 * A log with known answers for every rule of DESIGN.md §5. With {@code prefix} "10.1"
	 * the IP addresses are unique to one test. For the day {@code d} (and the day before,
	 * the previous period): visitors 7, newVisitors 5, visits 8, pageViews 17, searches 5
	 * (6 with the extra parameter {@code motcle}), devices desktop 4, mobile 2, tablet 2;
	 * the day before: 1 visitor, new, 1 visit, 1 page view, mobile.
	 */
	static TestLogs knownAnswers(String prefix, LocalDate d) {
		String a = prefix + ".0.1";
		String b = "2001:db8:" + prefix.replace('.', ':') + "::1";
		String c = prefix + ".0.3";
		String tablet = prefix + ".0.4";
		String phone = prefix + ".0.5";
		String returning = prefix + ".0.6";
		String bot = prefix + ".0.7";
		TestLogs log = new TestLogs();
		// a visitor who came back years later is not new
		log.get(returning, CHROME_WINDOWS, d.minusYears(1).atTime(10, 0), "/");
		// the day before: one mobile visitor, new then, not new on d
		log.get(phone, ANDROID_PHONE, d.minusDays(1).atTime(12, 0), "/");
		// A, desktop: 2 visits, 8 page views, 1 search
		log.get(a, FIREFOX, d.atTime(9, 0), "/")
			.get(a, FIREFOX, d.atTime(9, 0, 1), "/css/boussole.css")
			.get(a, FIREFOX, d.atTime(9, 0, 1), "/js/app.js")
			.get(a, FIREFOX, d.atTime(9, 0, 2), "/images/logo.png")
			.get(a, FIREFOX, d.atTime(9, 0, 2), "/fonts/marianne.woff2")
			.get(a, FIREFOX, d.atTime(9, 0, 2), "/favicon.ico")
			.get(a, FIREFOX, d.atTime(9, 0, 3), "/js/app.js.map")
			.get(a, FIREFOX, d.atTime(9, 0, 3), "/images/carte.svg?v=2")
			.get(a, FIREFOX, d.atTime(9, 10), "/metiers/D1102")
			.get(a, FIREFOX, d.atTime(9, 20), "/recherche?q=boulanger&page=1")
			.get(a, FIREFOX, d.atTime(9, 25), "/recherche?q=")
			.get(a, FIREFOX, d.atTime(9, 26), "/recherche?page=2&q=+%20")
			.line(a, FIREFOX, d.atTime(9, 40), "GET", "/guides/cpf", 304)
			.get(a, FIREFOX, d.atTime(10, 10), "/guides/vae") // exactly 30 minutes later:
																// the same visit
			.get(a, FIREFOX, d.atTime(10, 40, 1), "/") // 30 minutes and 1 second later: a
														// new visit
			.line(a, FIREFOX, d.atTime(10, 41), "POST", "/contact", 200)
			.line(a, FIREFOX, d.atTime(10, 42), "GET", "/ancienne-page", 301)
			.line(a, FIREFOX, d.atTime(10, 42), "GET", "/autre-page", 302)
			.line(a, FIREFOX, d.atTime(10, 43), "GET", "/introuvable", 404)
			.line(a, FIREFOX, d.atTime(10, 43), "GET", "/erreur", 500)
			.line(a, FIREFOX, d.atTime(10, 44), "HEAD", "/", 200);
		// the same address with another browser is another visitor
		log.get(a, CHROME_WINDOWS, d.atTime(9, 5), "/a-propos");
		// B, phone over IPv6: a visit that crosses midnight belongs to d; its first page
		// view is a search (s=)
		log.get(b, IPHONE, d.atTime(23, 50), "/?s=cpf").get(b, IPHONE, d.plusDays(1).atTime(0, 10), "/guides");
		// C, iPad, times written in UTC: keyword, search and query are searches; motcle
		// only when asked
		log.getUtc(c, IPAD, d.atTime(14, 0), "/recherche?keyword=vae")
			.getUtc(c, IPAD, d.atTime(14, 5), "/recherche?search=bilan")
			.getUtc(c, IPAD, d.atTime(14, 6), "/recherche?query=cep")
			.getUtc(c, IPAD, d.atTime(14, 7), "/recherche?motcle=cep");
		log.get(tablet, ANDROID_TABLET, d.atTime(15, 0), "/");
		log.get(phone, ANDROID_PHONE, d.atTime(12, 0), "/");
		log.get(returning, CHROME_WINDOWS, d.atTime(16, 0), "/metiers");
		// crawlers and programs
		log.get(bot, GOOGLEBOT, d.atTime(10, 0), "/")
			.get(bot, BINGBOT, d.atTime(10, 1), "/metiers")
			.get(bot, AHREFS, d.atTime(10, 2), "/guides")
			.get(bot, CURL, d.atTime(10, 3), "/")
			.get(bot, "-", d.atTime(10, 4), "/");
		return log;
	}

}
