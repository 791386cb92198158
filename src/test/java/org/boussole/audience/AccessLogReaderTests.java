package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Reading access logs: bad input is counted with its line numbers, never fatal. */
class AccessLogReaderTests {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 12);

	private final String good = TestLogs.combined("10.20.0.1", DAY.atTime(8, 0).atZone(Period.ZONE), "GET", "/", 200,
			TestLogs.FIREFOX);

	@Test // #8
	void reportsUnreadableLinesWithTheirNumbersAndKeepsReading() {
		String log = String.join("\n", good, // 1
				good.substring(0, 40), // 2: truncated
				"\u0000\u0001\u0002garbage\u00ff", // 3: binary
				good.replace("12/Mar/2031", "31/Feb/2031"), // 4: impossible date
				good.replace(":08:00:00", ":25:00:00"), // 5: impossible hour
				"2031-03-12T08:00:00Z INFO Started Application in 3.2 seconds", // 6:
																				// another
																				// format
				"{\"remote_addr\":\"10.20.0.9\",\"request\":\"GET / HTTP/1.1\"}", // 7:
																					// JSON
																					// log
				"", // blank, ignored
				good.replace("10.20.0.1", "10.20.0.2")) + "\n"; // 9
		InMemoryAudience audience = new InMemoryAudience();

		LogReadCounts counts = audience.read(log, LogFormat.COMBINED);

		assertThat(counts.lines).isEqualTo(8);
		assertThat(counts.pageViews).isEqualTo(2);
		assertThat(counts.unreadable).isEqualTo(6);
		assertThat(counts.firstUnreadable).extracting(LogReadCounts.BadLine::lineNumber)
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(counts.firstUnreadable).extracting(LogReadCounts.BadLine::problem)
			.containsExactly(LineProblem.FORMAT, LineProblem.BINARY, LineProblem.DATE, LineProblem.DATE,
					LineProblem.FORMAT, LineProblem.FORMAT);
	}

	@Test // #8
	void skipsALineOfOneMegabyte() {
		char[] huge = new char[1024 * 1024];
		Arrays.fill(huge, 'a');
		String log = good + "\n" + good.replace("\"GET / ", "\"GET /" + new String(huge) + " ") + "\n"
				+ good.replace("10.20.0.1", "10.20.0.3") + "\n";
		InMemoryAudience audience = new InMemoryAudience();

		LogReadCounts counts = audience.read(log, LogFormat.COMBINED);

		assertThat(counts.lines).isEqualTo(3);
		assertThat(counts.pageViews).isEqualTo(2);
		assertThat(counts.firstUnreadable).containsExactly(new LogReadCounts.BadLine(2, LineProblem.TOO_LONG));
	}

	@Test // #8
	void readsIpv6AddressesAndEscapedQuotesInTheUserAgent() {
		String ua = "Mozilla/5.0 (X11; Linux x86_64) \\\"quoted\\\" Firefox/128.0";
		String log = TestLogs.combined("2001:db8::42", DAY.atTime(8, 0).atZone(Period.ZONE), "GET", "/guides", 200, ua)
				+ "\n";
		InMemoryAudience audience = new InMemoryAudience();

		LogReadCounts counts = audience.read(log, LogFormat.COMBINED);

		assertThat(counts.unreadable).isZero();
		assertThat(audience.views()).singleElement().satisfies(view -> {
			assertThat(view.path()).isEqualTo("/guides");
			assertThat(view.device()).isEqualTo(Device.DESKTOP);
		});
	}

	@Test // #8
	void acceptsFieldsAppendedAfterTheUserAgentAndCrlfLineEnds() {
		String log = good + " \"10.0.0.1\" 0.012\r\n" + good.replace("10.20.0.1", "10.20.0.4") + "\r\n";

		LogReadCounts counts = new InMemoryAudience().read(log, LogFormat.COMBINED);

		assertThat(counts.unreadable).isZero();
		assertThat(counts.pageViews).isEqualTo(2);
	}

	@Test // #8
	void readsGzipAndReportsACompressedFileCutShort() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			text.append(good.replace("10.20.0.1", "10.21." + (i / 250) + "." + (i % 250))).append('\n');
		}
		byte[] gzip = gzip(text.toString());

		LogReadCounts whole = new InMemoryAudience().read(gzip, LogFormat.COMBINED);
		InMemoryAudience cut = new InMemoryAudience();
		LogReadCounts counts = cut.read(Arrays.copyOf(gzip, gzip.length / 2), LogFormat.COMBINED);

		assertThat(whole.pageViews).isEqualTo(2000);
		assertThat(counts.cutShort).isNotNull();
		assertThat(counts.pageViews).isBetween(1L, 1999L);
		assertThat(counts.unreadable).isEqualTo(1);
		assertThat(counts.firstUnreadable.get(0).problem()).isEqualTo(LineProblem.CUT_SHORT);
		assertThat(cut.views()).allSatisfy(view -> assertThat(view.path()).isEqualTo("/"));
	}

	@Test // #8
	void leavesCrawlersAndProgramsOut() {
		UserAgents agents = InMemoryAudience.USER_AGENTS;

		assertThat(agents.deviceOf(TestLogs.GOOGLEBOT)).isNull();
		assertThat(agents.deviceOf("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)")).isNull();
		assertThat(agents.deviceOf(
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36"))
			.isNull();
		assertThat(agents.deviceOf("python-requests/2.31.0")).isNull();
		assertThat(agents.deviceOf("Wget/1.21.4")).isNull();
		assertThat(agents.deviceOf("")).isNull();
		assertThat(agents.deviceOf(
				"Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"))
			.isEqualTo(Device.MOBILE);
	}

	@Test // #8
	void tellsDesktopsPhonesAndTablets() {
		UserAgents agents = InMemoryAudience.USER_AGENTS;

		assertThat(agents.deviceOf(TestLogs.FIREFOX)).isEqualTo(Device.DESKTOP);
		assertThat(agents.deviceOf(TestLogs.CHROME_WINDOWS)).isEqualTo(Device.DESKTOP);
		assertThat(agents.deviceOf(
				"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"))
			.isEqualTo(Device.DESKTOP);
		assertThat(agents.deviceOf(TestLogs.IPHONE)).isEqualTo(Device.MOBILE);
		assertThat(agents.deviceOf(TestLogs.ANDROID_PHONE)).isEqualTo(Device.MOBILE);
		assertThat(agents.deviceOf(TestLogs.IPAD)).isEqualTo(Device.TABLET);
		assertThat(agents.deviceOf(TestLogs.ANDROID_TABLET)).isEqualTo(Device.TABLET);
		assertThat(agents.deviceOf(
				"Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; KFTT Build/IML74K) AppleWebKit/537.36 (KHTML, like Gecko) Silk/3.68 like Chrome/39.0.2171.93 Safari/537.36"))
			.isEqualTo(Device.TABLET);
		assertThat(agents.deviceOf("Mozilla/5.0 (Android 4.4; Tablet; rv:41.0) Gecko/41.0 Firefox/41.0"))
			.isEqualTo(Device.TABLET);
	}

	@Test // #8
	void staticAssetsAreNoPages() {
		for (String path : new String[] { "/a.css", "/a.JS", "/a.mjs", "/a.js.map", "/i.png", "/i.jpeg", "/i.webp",
				"/i.svg", "/f.woff2", "/f.ttf", "/favicon.ico" }) {
			byte[] b = path.getBytes(StandardCharsets.US_ASCII);
			assertThat(PageViewRules.isAsset(b, 0, b.length)).as(path).isTrue();
		}
		for (String path : new String[] { "/", "/metiers/D1102", "/guides/cpf.html", "/v1.2/page", "/recherche" }) {
			byte[] b = path.getBytes(StandardCharsets.US_ASCII);
			assertThat(PageViewRules.isAsset(b, 0, b.length)).as(path).isFalse();
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
