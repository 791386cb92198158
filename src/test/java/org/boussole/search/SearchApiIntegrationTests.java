package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The JSON search API of DESIGN.md §5. */
@AppIntegrationTest
class SearchApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test // #4
	void answersWithTheDocumentedShape() {
		var response = assertThat(mvc.get().uri("/api/search").param("q", "boulangère").param("size", "3"))
			.hasStatusOk()
			.bodyJson();
		response.extractingPath("$.query").isEqualTo("boulangère");
		response.extractingPath("$.total").asNumber().satisfies(n -> assertThat(n.intValue()).isPositive());
		response.extractingPath("$.results.length()").isEqualTo(3);
		response.extractingPath("$.results[0].type").isEqualTo("metier");
		response.extractingPath("$.results[0].code").isEqualTo("D1102");
		response.extractingPath("$.results[0].url").isEqualTo("/metiers/D1102");
		response.extractingPath("$.results[0].title").asString().isNotBlank();
		response.extractingPath("$.results[0].snippet").asString().doesNotContain("<mark>");
		response.hasPath("$.suggestion");
	}

	@Test // #4
	void guidesHaveNoCode() {
		assertThat(mvc.get().uri("/api/search").param("q", "CPF").param("type", "guide")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].code")
			.isNull();
	}

	@Test // #4
	void refusesAnUnknownTypeOrSizeInFrench() {
		assertThat(mvc.get().uri("/api/search").param("q", "x").param("type", "recette")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("Type inconnu");
		assertThat(mvc.get().uri("/api/search").param("q", "x").param("size", "51")).hasStatus(400);
		assertThat(mvc.get().uri("/api/search").param("q", "x").param("size", "abc")).hasStatus(400);
	}

	/** Sends requests from one client until one is refused (or 300 passed). */
	private MvcTestResult untilRefused(String uri, String address, int[] allowed) {
		MvcTestResult last = null;
		allowed[0] = 0;
		for (int i = 0; i < 300; i++) {
			// a bad size is answered without searching, and counted all the same
			last = mvc.get().uri(uri).param("q", "cuisinier").param("size", "x").with(r -> {
				r.setRemoteAddr(address);
				return r;
			}).exchange();
			if (last.getResponse().getStatus() == 429) {
				return last;
			}
			allowed[0]++;
		}
		return last;
	}

	@Test
	void theApiAndTheSearchPageShareOneLimitPerClientAnsweredWith429() throws Exception {
		int[] allowed = new int[1];
		MvcTestResult refused = untilRefused("/api/search", "203.0.113.77", allowed);
		// 120 a minute by default, refilled as time passes: a script meets the limit
		assertThat(allowed[0]).isBetween(120, 160);
		assertThat(refused).hasStatus(429)
			.hasHeader("RateLimit-Limit", "120")
			.hasHeader("RateLimit-Remaining", "0")
			.containsHeader("RateLimit-Reset")
			.containsHeader("Retry-After");
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getResponse().getContentType()).startsWith("application/json");
		assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"error\":\"Trop de recherches depuis cette adresse : réessayez dans");

		// the search page counts in the same bucket: refused at once, in the site's page
		MvcTestResult page = untilRefused("/recherche", "203.0.113.77", allowed);
		assertThat(allowed[0]).isLessThanOrEqualTo(3);
		assertThat(page).hasStatus(429).containsHeader("Retry-After").containsHeader("RateLimit-Limit");
		assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Trop de demandes", "Patientez", "Retour à l&#39;accueil")
			.doesNotContain("Exception", "at org.");

		// another client is not held, and is told where it stands
		MvcTestResult other = mvc.get().uri("/recherche").param("q", "cuisinier").with(r -> {
			r.setRemoteAddr("203.0.113.78");
			return r;
		}).exchange();
		assertThat(other).hasStatusOk().hasHeader("RateLimit-Limit", "120").hasHeader("RateLimit-Remaining", "119");
	}

}
