package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Narrowing a search by type, grand domain and territory. */
@AppIntegrationTest
class SearchFilterIntegrationTests {

	@Autowired
	SiteSearch search;

	@Autowired
	MockMvcTester mvc;

	private SiteSearch.Results run(String query, SiteSearch.Filters filters) {
		return search.search(SearchText.of(query), filters, 0, 50);
	}

	@Test // #4
	void aGrandDomainKeepsOnlyTheJobFichesOfThatDomain() {
		SiteSearch.Results health = run("assistant", new SiteSearch.Filters(null, "J", null));
		assertThat(health.hits()).isNotEmpty()
			.allSatisfy(h -> assertThat(h.type()).isEqualTo(SearchType.METIER))
			.allSatisfy(h -> assertThat(h.key()).startsWith("J"));
		SiteSearch.Results all = run("assistant", SiteSearch.Filters.NONE);
		assertThat(all.hits()).anySatisfy(h -> assertThat(h.key()).doesNotStartWith("J"));
		// the counts of the other domains stay visible, to change domain
		assertThat(health.domainCounts()).containsEntry("J", health.total());
		assertThat(health.domainCounts().keySet()).hasSizeGreaterThan(2);
		assertThat(health.total()).isLessThan(all.total());
	}

	@Test // #4
	void aTerritoryKeepsWhatAppliesThereAndWhatAppliesEverywhere() {
		String query = "cheque annuel de formation";
		List<String> geneva = run(query, new SiteSearch.Filters(SearchType.GUIDE, null, SearchTerritory.GENEVE)).hits()
			.stream()
			.map(SiteSearch.Hit::key)
			.toList();
		List<String> france = run(query, new SiteSearch.Filters(SearchType.GUIDE, null, SearchTerritory.FRANCE)).hits()
			.stream()
			.map(SiteSearch.Hit::key)
			.toList();
		assertThat(geneva).first().isEqualTo("cheque-annuel-de-formation-geneve");
		assertThat(france).doesNotContain("cheque-annuel-de-formation-geneve", "validation-des-acquis-a-geneve")
			.isNotEmpty();
		// job fiches are tied to no territory
		assertThat(run("boulanger", new SiteSearch.Filters(SearchType.METIER, null, SearchTerritory.GENEVE)).hits())
			.first()
			.extracting(SiteSearch.Hit::key)
			.isEqualTo("D1102");
		SiteSearch.Results counted = run(query, new SiteSearch.Filters(null, null, SearchTerritory.GENEVE));
		assertThat(counted.territoryCounts().get("FRANCE")).isPositive();
		assertThat(counted.territoryCounts().get("GENEVE")).isEqualTo(counted.total());
	}

	@Test // #4
	void theFiltersCombineWithTypeAndPagesAndShowAsLabelledControls() {
		assertThat(mvc.get()
			.uri("/recherche")
			.param("q", "assistant")
			.param("type", "metier")
			.param("domaine", "K")
			.param("territoire", "france")).hasStatusOk()
			.bodyText()
			.contains("<label for=\"domaine\"")
			.contains("<label for=\"territoire\"")
			.containsPattern(
					"<option value=\"K\" selected=\"selected\">Services à la personne et à la collectivité \\(\\d+\\)</option>")
			.containsPattern("<option value=\"J\">Santé \\(\\d+\\)</option>")
			.containsPattern("<option value=\"france\" selected=\"selected\">France \\(\\d+\\)</option>")
			.contains("type=guide&amp;domaine=K&amp;territoire=france")
			.contains("type=metier&amp;domaine=K&amp;territoire=france&amp;page=2");
	}

	@Test // #4
	void unknownFilterValuesAreIgnored() {
		assertThat(mvc.get()
			.uri("/recherche")
			.param("q", "boulanger")
			.param("domaine", "Z'<b>")
			.param("territoire", "mars")).hasStatusOk().bodyText().contains("cle=D1102").doesNotContain("<b>");
	}

}
