package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.DossierEvents.DossierAssigned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jakarta.servlet.http.Cookie;

/**
 * Live measurement through the whole application: what is recorded, what is not, the
 * cookies, and the funnel. Each test uses visitor ids of its own, since the database is
 * shared.
 */
@AppIntegrationTest
class LiveMeasurementIntegrationTests {

	static final String FIREFOX = LiveMeasurementFilterTests.FIREFOX;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LiveRecorder recorder;

	@Autowired
	LiveStore store;

	@Autowired
	VisitorKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FunnelCounts funnel;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	private final SecureRandom random = new SecureRandom();

	@Test // #8
	void aPublicPageViewIsRecordedWithoutItsQueryNorTheReferringAddress() {
		String id = VisitorCookie.newId(random);
		MvcTestResult result = mvc.get()
			.uri("/metiers/D1102?q=secret+words&lang=fr")
			.header("User-Agent", FIREFOX)
			.header("Referer", "https://www.google.fr/search?q=infirmier")
			.cookie(new Cookie("bsl_vid", id))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("bsl_vid"));
		recorder.flush();

		List<Map<String, Object>> rows = rowsOf(id);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("path", "/metiers/D1102")
				.containsEntry("search", true)
				.containsEntry("device", "desktop")
				.containsEntry("source", "live")
				.containsEntry("referrer", "search");
		});
		assertThat(jdbc.queryForObject("select count(*) from audience.visitor where visitor = ?", Integer.class,
				keys.key("bsl_vid", id)))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from audience.page_view where path like '%secret%'",
				Integer.class))
			.isZero();
	}

	@Test // #8
	void aVisitorsFirstTimeIsKeptAcrossBatchesAndLoweredByAnEarlierView() {
		byte[] visitor = keys.key("bsl_vid", VisitorCookie.newId(random));
		Instant first = Instant.parse("2039-06-01T10:00:00.123456Z");
		store.write(List.of(liveView(visitor, first)));
		store.write(List.of(liveView(visitor, first.plusSeconds(60)), liveView(visitor, first.plusSeconds(90))));
		assertThat(firstSeen(visitor)).isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from audience.page_view where visitor = ?", Integer.class,
				visitor))
			.isEqualTo(3);

		// an earlier time (an import of an older log, a clock set back) still lowers it
		store.write(List.of(liveView(visitor, first.minusSeconds(3600))));
		assertThat(firstSeen(visitor)).isEqualTo(first.minusSeconds(3600));
	}

	private Instant firstSeen(byte[] visitor) {
		return jdbc
			.queryForObject("select first_seen from audience.visitor where visitor = ?", java.sql.Timestamp.class,
					visitor)
			.toInstant();
	}

	private static LiveView liveView(byte[] visitor, Instant at) {
		return new LiveView(visitor, at, "/metiers", false, null, ReferrerSource.DIRECT, Device.MOBILE, null);
	}

	@Test // #8
	void staffPagesAndSignedInStaffAreNotRecorded() {
		String id = VisitorCookie.newId(random);
		Cookie cookie = new Cookie("bsl_vid", id);
		assertThat(mvc.get().uri("/connexion").header("User-Agent", FIREFOX).cookie(cookie)).hasStatusOk();
		assertThat(mvc.get()
			.uri("/metiers/D1102")
			.header("User-Agent", FIREFOX)
			.cookie(cookie)
			.with(user("conseil@live.test").roles("COUNSELLOR"))).hasStatusOk().doesNotContainHeader("Set-Cookie");
		assertThat(mvc.get()
			.uri("/admin")
			.header("User-Agent", FIREFOX)
			.cookie(cookie)
			.with(user("admin@live.test").roles("NETWORK_ADMIN"))).hasStatusOk();
		recorder.flush();
		assertThat(rowsOf(id)).isEmpty();
	}

	@Test // #8
	void doNotTrackAndGlobalPrivacyControlRecordNothingAndSetNoCookie() {
		String id = VisitorCookie.newId(random);
		assertThat(mvc.get().uri("/metiers").header("User-Agent", FIREFOX).header("DNT", "1"))
			.doesNotContainHeader("Set-Cookie");
		assertThat(mvc.get()
			.uri("/metiers")
			.header("User-Agent", FIREFOX)
			.header("Sec-GPC", "1")
			.cookie(new Cookie("bsl_vid", id))).hasStatusOk().doesNotContainHeader("Set-Cookie");
		recorder.flush();
		assertThat(rowsOf(id)).isEmpty();
		assertThat(mvc.get().uri("/confidentialite").header("DNT", "1")).bodyText()
			.contains("votre navigateur le demande")
			.doesNotContain("Ne pas mesurer mes visites");
	}

	@Test // #8
	void theOptOutFormStopsTheMeasurementUntilTheVisitorAsksAgain() {
		MvcTestResult optOut = mvc.post()
			.uri("/confidentialite")
			.param("mesurer", "non")
			.header("User-Agent", FIREFOX)
			.with(csrf())
			.exchange();
		assertThat(optOut).hasRedirectedUrl("/confidentialite#mesure-audience");
		List<String> cookies = optOut.getResponse().getHeaders("Set-Cookie");
		assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("bsl_optout=1;").contains("Max-Age=3", "HttpOnly"))
			.anySatisfy(c -> assertThat(c).startsWith("bsl_vid=;").contains("Max-Age=0"));

		String id = VisitorCookie.newId(random);
		Cookie[] optedOut = { new Cookie("bsl_optout", "1"), new Cookie("bsl_vid", id) };
		assertThat(mvc.get().uri("/metiers/D1102").header("User-Agent", FIREFOX).cookie(optedOut)).hasStatusOk()
			.doesNotContainHeader("Set-Cookie");
		assertThat(mvc.get().uri("/confidentialite").header("User-Agent", FIREFOX).cookie(optedOut)).bodyText()
			.contains("ne sont pas mesurées : vous l", "Mesurer à nouveau mes visites");
		recorder.flush();
		assertThat(rowsOf(id)).isEmpty();

		assertThat(mvc.post()
			.uri("/confidentialite")
			.param("mesurer", "oui")
			.with(csrf())
			.exchange()
			.getResponse()
			.getHeader("Set-Cookie")).startsWith("bsl_optout=;").contains("Max-Age=0");
		assertThat(mvc.get().uri("/confidentialite").header("User-Agent", FIREFOX)).bodyText()
			.contains("Vos visites sont actuellement mesurées", "Ne pas mesurer mes visites");
	}

	@Test // #8
	void aNewVisitorGetsACookieOfThirteenMonthsAtMostAndAForgedOneIsReplaced() {
		MvcTestResult first = mvc.get()
			.uri("/")
			.header("User-Agent", FIREFOX)
			.cookie(new Cookie("bsl_vid", "../../etc/passwd<script>"))
			.exchange();
		String cookie = first.getResponse().getHeader("Set-Cookie");
		assertThat(cookie).matches("bsl_vid=[0-9a-f]{32}; Path=/; Max-Age=\\d+; Expires=.*; HttpOnly; SameSite=Lax");
		long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
		assertThat(Duration.ofSeconds(maxAge)).isBetween(Duration.ofDays(393), Duration.ofDays(397));
		assertThat(mvc.get()
			.uri("/")
			.secure(true)
			.header("User-Agent", FIREFOX)
			.exchange()
			.getResponse()
			.getHeader("Set-Cookie")).contains("Secure");

		recorder.flush();
		assertThat(rowsOf(cookie.substring(8, 40))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("path", "/"));
	}

	@Test // #8
	void hugeHeadersAreIgnoredSafely() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String id = VisitorCookie.newId(random);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("User-Agent", FIREFOX + " " + "x".repeat(2000))
			.header("Referer", "https://www.facebook.com/" + "a".repeat(3000))
			.header("Cookie", "bsl_vid=" + "f".repeat(2000) + "; other=" + id)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).matches("bsl_vid=[0-9a-f]{32};.*");
		recorder.flush();
		assertThat(rowsOf(cookie.substring(8, 40))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("referrer", "direct"));

		HttpResponse<String> tooBig = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("User-Agent", FIREFOX)
			.header("Cookie", "bsl_vid=" + "f".repeat(20_000))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(tooBig.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test // #8
	void theFunnelCountsReadsClicksRequestsAndOpenedDossiers() {
		LocalDate today = LocalDate.now(Period.ZONE);
		Period day = new Period(today, today);
		Map<FunnelStep, Long> before = funnel.counts(day);
		String id = VisitorCookie.newId(random);
		Cookie cookie = new Cookie("bsl_vid", id);
		mvc.get().uri("/metiers/D1102").header("User-Agent", FIREFOX).cookie(cookie).exchange();
		mvc.get()
			.uri("/accompagnement/demande?depuis=/metiers/D1102")
			.header("User-Agent", FIREFOX)
			.cookie(cookie)
			.exchange();
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.header("User-Agent", FIREFOX)
			.cookie(cookie)
			.params(request("74100", "funnel-" + UUID.randomUUID() + "@live.test"))
			.with(csrf())).hasRedirectedUrl("/accompagnement/demande/envoyee");
		transactions.executeWithoutResult(status -> {
			events.publishEvent(
					new DossierAssigned(UUID.randomUUID(), UUID.randomUUID(), "Conseillère", "Centre", false));
			events
				.publishEvent(new DossierAssigned(UUID.randomUUID(), UUID.randomUUID(), "Conseiller", "Centre", true));
		});
		recorder.flush();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Map<FunnelStep, Long> after = funnel.counts(day);
			assertThat(after.get(FunnelStep.READ)).isGreaterThanOrEqualTo(before.get(FunnelStep.READ) + 1);
			assertThat(after.get(FunnelStep.CONTACT_CLICKED))
				.isGreaterThanOrEqualTo(before.get(FunnelStep.CONTACT_CLICKED) + 1);
			assertThat(after.get(FunnelStep.REQUEST_SENT))
				.isGreaterThanOrEqualTo(before.get(FunnelStep.REQUEST_SENT) + 1);
			assertThat(after.get(FunnelStep.DOSSIER_OPENED))
				.isGreaterThanOrEqualTo(before.get(FunnelStep.DOSSIER_OPENED) + 1);
		});
		assertThat(rowsOf(id)).extracting(row -> row.get("path"))
			.containsExactlyInAnyOrder("/metiers/D1102", "/accompagnement/demande");
	}

	private List<Map<String, Object>> rowsOf(String id) {
		return jdbc.queryForList(
				"select path, search, device, source, referrer from audience.page_view where visitor = ? order by viewed_at",
				keys.key("bsl_vid", id));
	}

	private static MultiValueMap<String, String> request(String postalCode, String email) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("situation", "CROSS_BORDER_WORKER");
		form.add("wishes", "CHANGE_JOB");
		form.add("meetingModes", "VIDEO");
		form.add("availability", "Le mardi soir");
		form.add("postalCode", postalCode);
		form.add("commune", "");
		form.add("message", "Je voudrais changer de métier.");
		form.add("consent", "true");
		form.add("depuis", "/metiers/D1102");
		form.add("displayName", "Nora Visiteuse");
		form.add("email", email);
		form.add("password", "Un mot de passe solide 2031");
		form.add("passwordConfirmation", "Un mot de passe solide 2031");
		return form;
	}

}
