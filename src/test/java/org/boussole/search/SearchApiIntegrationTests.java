package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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

	@Test // #4
	void limitsRequestsPerAddress() {
		int refused = 0;
		// a bad size is answered without searching: the 70 requests fit in the minute of
		// the limit even on a busy
		// machine, and the limit counts them all the same
		for (int i = 0; i < 70; i++) {
			int status = mvc.get().uri("/api/search").param("q", "cuisinier").param("size", "x").with(r -> {
				r.setRemoteAddr("203.0.113.77");
				return r;
			}).exchange().getResponse().getStatus();
			if (status == 429) {
				refused++;
			}
		}
		assertThat(refused).isGreaterThanOrEqualTo(10);
	}

}
