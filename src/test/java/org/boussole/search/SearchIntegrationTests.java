package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.shared.BoussoleSettings;
import org.jspecify.annotations.Nullable;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Relevance of the site search on the real ROME data, its page, synonyms and index
 * upkeep.
 */
@AppIntegrationTest
class SearchIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SearchIntegrationTests.class);

	@Autowired
	SiteSearch search;

	@Autowired
	SearchIndex index;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BoussoleSettings settings;

	private List<String> keys(String query) {
		return keys(query, null);
	}

	private List<String> keys(String query, @Nullable SearchType type) {
		SiteSearch.Results results = search.search(SearchText.of(query), type, 0, 10);
		List<String> keys = results.hits().stream().map(SiteSearch.Hit::key).toList();
		log.info("Search '{}' -> {} results in {} µs, top: {}", query, results.total(), results.micros(),
				keys.subList(0, Math.min(5, keys.size())));
		return keys;
	}

	@Test // #4
	void feminineAndMasculineTitlesFindTheBakeryFicheFirst() {
		assertThat(keys("boulangere")).first().isEqualTo("D1102");
		assertThat(keys("boulanger")).first().isEqualTo("D1102");
		assertThat(keys("Boulangère")).first().isEqualTo("D1102");
	}

	@Test // #4
	void aFeminineJobTitleLeadsToItsFiche() {
		assertThat(keys("conductrice de bus").subList(0, 3)).contains("N4103");
		assertThat(keys("infirmier").subList(0, 3)).contains("J1506");
	}

	@Test // #4
	void typosStillFindTheFicheButNeverOutrankAnExactMatch() {
		assertThat(keys("boulengerie").subList(0, 3)).contains("D1102");
		assertThat(keys("boulangr").subList(0, 3)).contains("D1102");
		// "boulangerie" matches exactly: the exact fiche comes before any fuzzy match
		assertThat(keys("boulangerie")).first().isEqualTo("D1102");
	}

	@Test // #4
	void elisionIsIgnored() {
		assertThat(keys("l'informatique").subList(0, 5)).isEqualTo(keys("informatique").subList(0, 5));
	}

	@Test // #4
	void anAcronymFindsItsGuideThroughItsSynonyms() {
		assertThat(keys("CPF")).first().isEqualTo("compte-personnel-de-formation");
		assertThat(keys("cpf", SearchType.GUIDE)).first().isEqualTo("compte-personnel-de-formation");
	}

	@Test // #4
	void aSynonymAddedByAnEditorAppliesToTheNextQuery() {
		String term = "zq" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(keys(term)).isEmpty();
		assertThat(mvc.post()
			.uri("/redaction/synonymes")
			.param("term", term)
			.param("expansions", "boulangerie")
			.with(as("redaction"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(keys(term)).first().isEqualTo("D1102");
	}

	@Test // #4
	void aSynonymFormWithoutEquivalentIsRefused() {
		assertThat(mvc.post()
			.uri("/redaction/synonymes")
			.param("term", "xyz")
			.param("expansions", " , ")
			.with(as("redaction"))
			.with(csrf())).hasStatusOk().bodyText().contains("aria-invalid=\"true\"");
	}

	@Test // #4
	void visitorsCannotManageSynonyms() {
		assertThat(mvc.get().uri("/redaction/synonymes")).hasStatus3xxRedirection();
	}

	@Test // #4
	void theEditorOfOneStructureCannotChangeTheSynonymsOfTheWholeNetwork() {
		String term = "zs" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.get().uri("/redaction/synonymes").with(as("evenements.genevois"))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/redaction/synonymes")
			.param("term", term)
			.param("expansions", "boulangerie")
			.with(as("evenements.genevois"))
			.with(csrf())).hasStatus(403);
		assertThat(keys(term)).isEmpty();
		assertThat(mvc.post().uri("/redaction/synonymes/999999999/suppression").with(as("redaction")).with(csrf()))
			.hasStatus(404);
	}

	private RequestPostProcessor as(String demoLogin) {
		AccountSummary account = accounts.findByEmail(demoLogin + "@demo.boussole.test").orElseThrow();
		CurrentUser user = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(),
				false);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	@Test // #4
	void theSearchPageShowsHighlightedResultsAndLinksThroughTheLog() {
		assertThat(mvc.get().uri("/recherche").param("q", "boulangère")).hasStatusOk()
			.bodyText()
			.contains("Boulanger / Boulangère")
			.contains("<mark>")
			.contains("/recherche/ouvrir?r=")
			.contains("id=\"header-q\"");
		assertThat(mvc.get()
			.uri("/recherche/ouvrir")
			.param("r", "0")
			.param("rang", "1")
			.param("type", "metier")
			.param("cle", "D1102")).hasRedirectedUrl("/metiers/D1102");
		assertThat(mvc.get().uri("/recherche/ouvrir").param("type", "metier").param("cle", "//evil.example"))
			.hasRedirectedUrl("/recherche");
	}

	@Test // #4
	void aTypoGetsADidYouMean() {
		SiteSearch.Results results = search.search(SearchText.of("boulengerie"), (SearchType) null, 0, 10);
		assertThat(results.suggestion()).isNotNull();
	}

	@Test // #4
	void badInputNeverFails() {
		String[] inputs = { "", "   ", "x".repeat(10_000), "boulanger AND NOT *", "\"infirm~2 [a TO z] (\\",
				"'; drop table search.document; --", "<script>alert(1)</script>", "👩‍🍳 boulangère 🥖",
				"Бухгалтер 会计 boulanger", "+-&&||!(){}[]^\"~*?:\\/" };
		for (String input : inputs) {
			assertThat(mvc.get().uri("/recherche").param("q", input)).hasStatusOk()
				.bodyText()
				.doesNotContain("<script>alert");
			assertThat(mvc.get().uri("/api/search").param("q", input)).hasStatusOk();
		}
		assertThat(mvc.get().uri("/recherche").param("q", "x".repeat(10_000))).bodyText()
			.contains("200 premiers caractères");
	}

	@Test // #4
	void theIndexIsRebuiltWhenItsDirectoryIsDeleted() {
		SearchConfiguration.deleteTree(SearchConfiguration.indexRoot(settings).resolve(SearchDocument.INDEX));
		assertThat(index.needsRebuild()).isTrue();
		long count = index.rebuild();
		assertThat(count).isGreaterThan(1_500);
		assertThat(index.needsRebuild()).isFalse();
		assertThat(keys("boulangere")).first().isEqualTo("D1102");
	}

}
