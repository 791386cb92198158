package org.boussole.content.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.boussole.AppIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public guide pages, on the starter guides published at start. */
@AppIntegrationTest
class GuidePagesIntegrationTests {

	static final String CPF = "compte-personnel-de-formation";

	static final String VAE = "validation-des-acquis-de-l-experience";

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test // #3
	void theStarterGuidesArePublishedAndListed() {
		Document page = page("/guides");

		assertThat(page.select("h1").text()).startsWith("Guides");
		assertThat(page.select("a[href=/guides/" + CPF + "]")).hasSize(1);
		assertThat(page.select("a[href=/guides/" + VAE + "]")).hasSize(1);
	}

	@Test // #3
	void theFiltersNarrowTheListByTerritoryAudienceAndTheme() {
		Document byTheme = page("/guides?theme=VALIDATION_ACQUIS");
		assertThat(byTheme.select("a[href=/guides/" + VAE + "]")).hasSize(1);
		assertThat(byTheme.select("a[href=/guides/" + CPF + "]")).isEmpty();
		assertThat(byTheme.select("#theme option[selected]").attr("value")).isEqualTo("VALIDATION_ACQUIS");

		Document geneva = page("/guides?territoire=GENEVE");
		assertThat(geneva.select("a[href=/guides/" + CPF + "]")).isEmpty();

		// the cross-border guide is for both sides of the border, the CPF one not for
		// cross-border workers
		Document frontaliers = page("/guides?public=FRONTALIERS&territoire=FRANCE");
		assertThat(frontaliers.select("a[href=/guides/travailler-a-geneve-en-tant-que-frontalier]")).hasSize(1);
		assertThat(frontaliers.select("a[href=/guides/" + CPF + "]")).isEmpty();
	}

	@Test // #3
	void unknownFilterValuesAreIgnored() {
		Document page = page("/guides?territoire=MARS&public=%3Cscript%3E&theme=");

		assertThat(page.select("a[href=/guides/" + CPF + "]")).hasSize(1);
	}

	@Test // #3
	void aGuideShowsItsFactsItsTextAndTheInvitationToTalkToACounsellor() {
		Document page = page("/guides/" + CPF);

		assertThat(page.select("h1").text()).contains("CPF");
		assertThat(page.select(".guide-facts").text()).contains("France", "Salariés", "Financement");
		assertThat(page.text()).contains("Dernière relecture :");
		assertThat(page.select(".guide-body h2")).isNotEmpty();
		assertThat(page.select(".guide-body a[href^=https://www.moncompteformation.gouv.fr]")).isNotEmpty();
		assertThat(page.select(".invitation a").attr("href"))
			.isEqualTo("/accompagnement/demande?depuis=/guides/" + CPF);
	}

	@Test // #3
	void unknownOrMalformedSlugsGetTheSite404Page() throws Exception {
		for (String path : new String[] { "/guides/pas-de-guide-ici", "/guides/Mauvais_Slug", "/guides/ab",
				"/guides/%3Cscript%3E" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept", "text/html")
					.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page introuvable").doesNotContain("Exception", "at org.");
		}
	}

	@Test // #3
	void theInformationPageLeadsToTheGuides() {
		assertThat(page("/s-informer").select("a[href=/guides]")).hasSize(1);
	}

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return GuideTestSupport.html(result);
	}

}
