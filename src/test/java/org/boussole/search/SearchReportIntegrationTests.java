package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The editors' report on the search log: its figures over a period, its page, and the one
 * step from a query that found nothing to a synonym or a new guide.
 */
@AppIntegrationTest
class SearchReportIntegrationTests {

	@Autowired
	SearchReport report;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	/** A day of its own, far from the searches of the other tests. */
	private final LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));

	private final String tag = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	private long logged(String query, int results, int opens) {
		Timestamp at = Timestamp.from(day.atTime(12, 0).atZone(SearchReport.ZONE).toInstant());
		Long id = jdbc.queryForObject("insert into search.query_log (query, results, at) values (?, ?, ?) returning id",
				Long.class, query, results, at);
		for (int rank = 1; rank <= opens; rank++) {
			jdbc.update("insert into search.result_open (query_id, rank, result_type, result_key, at) "
					+ "values (?, ?, 'metier', 'D1102', ?)", id, rank, at);
		}
		return id;
	}

	@Test // #4
	void countsSearchesClickThroughAndTheQueriesThatFailOverThePeriod() {
		String often = tag + " boulanger";
		String nothing = tag + " boulenger";
		String ignored = tag + " formation";
		logged(often, 10, 1);
		logged(often, 20, 2); // two results opened from one search count once
		logged(often, 30, 0);
		logged(nothing, 0, 0);
		logged(ignored, 100, 0);
		logged(ignored, 100, 0);
		logged(tag + " once", 5, 0); // searched once: not yet a query whose results
										// nobody opens

		SearchReport.Report figures = report.over(day, day);

		assertThat(figures.searches()).isEqualTo(7);
		assertThat(figures.opened()).isEqualTo(2);
		assertThat(figures.clickThrough()).isEqualTo(2.0 / 7);
		SearchReport.QueryFigures top = figures.top().get(0);
		assertThat(top.query()).isEqualTo(often);
		assertThat(top.searches()).isEqualTo(3);
		assertThat(top.averageResults()).isEqualTo(20.0);
		assertThat(top.clickThrough()).isEqualTo(2.0 / 3);
		assertThat(figures.noResult()).extracting(SearchReport.QueryFigures::query).containsExactly(nothing);
		assertThat(figures.neverOpened()).extracting(SearchReport.QueryFigures::query).containsExactly(ignored);
		assertThat(report.over(day.plusDays(1), day.plusDays(2)).searches()).isZero();
	}

	@Test // #4
	void theReportPageLeadsFromAQueryWithNoResultToASynonymOrANewGuide() {
		String nothing = tag + " boulenger";
		logged(nothing, 0, 0);
		assertThat(mvc.get()
			.uri("/redaction/recherches")
			.param("du", day.toString())
			.param("au", day.toString())
			.with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("Les recherches sans résultat")
			.contains(nothing)
			.contains("/redaction/synonymes?terme=" + tag + "%20boulenger&amp;du=" + day + "&amp;au=" + day)
			.contains("/redaction/guides/nouveau?titre=" + tag + "%20boulenger");
		assertThat(mvc.get()
			.uri("/redaction/synonymes")
			.param("terme", nothing)
			.param("du", day.toString())
			.param("au", day.toString())
			.with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("value=\"" + nothing + "\"")
			.contains("name=\"du\" value=\"" + day + "\"");
		assertThat(mvc.get().uri("/redaction/guides/nouveau").param("titre", nothing).with(as("redaction")))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"" + nothing + "\"");
	}

	@Test // #4
	void aSynonymAddedFromTheReportComesBackToTheReportWithAMessage() {
		assertThat(mvc.post()
			.uri("/redaction/synonymes")
			.param("term", tag)
			.param("expansions", "boulangerie")
			.param("du", day.toString())
			.param("au", day.toString())
			.with(as("redaction"))
			.with(csrf())).hasRedirectedUrl("/redaction/recherches?du=" + day + "&au=" + day)
			.flash()
			.containsEntry("flash", "search.synonyms.added");
		assertThat(mvc.post()
			.uri("/redaction/synonymes")
			.param("term", tag + "b")
			.param("expansions", "boulangerie")
			.param("du", "//evil.example")
			.param("au", day.toString())
			.with(as("redaction"))
			.with(csrf())).hasRedirectedUrl("/redaction/synonymes");
	}

	@Test // #4
	void badDatesAreRefusedInFrenchNextToTheField() {
		assertThat(mvc.get().uri("/redaction/recherches").param("du", "2026-02-30").with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("Indiquez une date valide")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"du-error\"")
			.doesNotContain("En bref");
		assertThat(mvc.get()
			.uri("/redaction/recherches")
			.param("du", "2026-03-02")
			.param("au", "2026-03-01")
			.with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("La date de début doit précéder la date de fin")
			.doesNotContain("En bref");
		assertThat(mvc.get().uri("/redaction/recherches").param("au", "<script>").with(as("redaction"))).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>")
			.contains("aria-describedby=\"au-error\"");
	}

	@Test // #4
	void theDefaultPeriodIsTheLastThirtyDays() {
		LocalDate today = LocalDate.now(SearchReport.ZONE);
		assertThat(mvc.get().uri("/redaction/recherches").with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("value=\"" + today.minusDays(29) + "\"")
			.contains("value=\"" + today + "\"")
			.contains("En bref");
	}

	@Test // #4
	void onlyEditorsSeeTheReportAndOnlyNetworkEditorsAreOfferedSynonyms() {
		assertThat(mvc.get().uri("/redaction/recherches")).hasStatus3xxRedirection();
		logged(tag + " rien", 0, 0);
		assertThat(mvc.get()
			.uri("/redaction/recherches")
			.param("du", day.toString())
			.param("au", day.toString())
			.with(as("evenements.genevois"))).hasStatusOk()
			.bodyText()
			.contains(tag + " rien")
			.doesNotContain("/redaction/synonymes?terme=")
			.doesNotContain("/redaction/guides/nouveau?titre=");
		assertThat(mvc.get().uri("/redaction").with(as("redaction"))).hasStatusOk()
			.bodyText()
			.contains("/redaction/recherches");
	}

	private RequestPostProcessor as(String demoLogin) {
		AccountSummary account = accounts.findByEmail(demoLogin + "@demo.boussole.test").orElseThrow();
		CurrentUser user = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(),
				false);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

}
