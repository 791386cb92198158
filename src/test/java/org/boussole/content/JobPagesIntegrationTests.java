package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boussole.AppIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class JobPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test // #3
	void treeListsTheGrandDomainsTheirDomainsAndTheThemes() {
		Document page = page("/metiers");
		assertThat(page.select("h1").text()).isEqualTo("Les métiers");
		assertThat(page.select(".job-grand-domain h3")).hasSize(14);
		assertThat(page.select(".job-grand-domain li a")).hasSize(110);
		assertThat(page.select("a[href=/metiers/domaines/D11]").text())
			.isEqualTo("Commerce alimentaire et métiers de bouche");
		assertThat(page.select("a[href^=/metiers/themes/]")).hasSize(17);
		assertThat(page.text()).contains("Source : France Travail", "version 60 du 18/09/2025");
	}

	@Test // #3
	void domainPageListsItsFichesWithTheSpecificOnesUnderTheirParent() {
		Document page = page("/metiers/domaines/D11");
		assertThat(page.select("h1").text()).isEqualTo("Commerce alimentaire et métiers de bouche");
		assertThat(page.select("ul.job-list > li > a[href=/metiers/D1102]").text()).isEqualTo("Boulanger / Boulangère");
		// D1108 (chef boulanger) is attached to the baker's fiche
		assertThat(page.select("a[href=/metiers/D1102] ~ ul.job-children a[href=/metiers/D1108]")).hasSize(1);
		Document grand = page("/metiers/domaines/D");
		assertThat(grand.select("a[href=/metiers/domaines/D11]")).hasSize(1);
	}

	@Test // #3
	void themePageListsItsFiches() {
		Document page = page("/metiers/themes/001");
		assertThat(page.select("h1").text()).isEqualTo("Métiers de l'environnement et du développement durable");
		assertThat(page.select("a[href=/metiers/A1101]")).hasSize(1);
	}

	@Test // #3
	void bakerFicheShowsEverythingAPersonNeeds() {
		Document page = page("/metiers/D1102");
		assertThat(page.select("h1").text()).isEqualTo("Boulanger / Boulangère");
		assertThat(page.select("title").text()).startsWith("Boulanger / Boulangère");
		assertThat(page.text()).contains("Code ROME D1102", "Commerce alimentaire et métiers de bouche",
				"Comment y accéder", "Savoir-faire",
				"Réaliser des préparations de pâtisserie, boulangerie, viennoiserie, et chocolaterie",
				"Cuire des pâtons", "Savoir-être professionnels", "Conditions de travail", "Réaliste",
				"Source : France Travail – Répertoire Opérationnel des Métiers et des Emplois (ROME 4.0, version 60 du "
						+ "18/09/2025), Licence Ouverte 2.0.");
		assertThat(page.select("ul.job-titles li").eachText()).contains("Ouvrier boulanger / Ouvrière boulangère",
				"Boulanger-pâtissier / Boulangère-pâtissière");
		// related jobs: the more specific fiches and the mobilities are links
		assertThat(page.select("a[href=/metiers/D1108]")).isNotEmpty();
		assertThat(page.select("a[href^=/metiers/D1]").size()).isGreaterThan(3);
		// the Onisep jobs of the same ROME code, as external references
		assertThat(page.select("a[href^=http://www.onisep.fr/]").eachText()).contains("Boulanger / boulangère");
		assertThat(page.select("aside.invitation a").attr("href"))
			.isEqualTo("/accompagnement/demande?depuis=/metiers/D1102");
		assertThat(page.select("aside.invitation a").text()).isEqualTo("En parler avec un conseiller");
	}

	@Test // #3
	void rarelyUsedTitlesAreMarked() {
		// K1715 has ten titles flagged "peu usité" in ROME 4.0 v60, listed after the
		// others
		Document page = page("/metiers/K1715");
		assertThat(page.select("ul.job-titles li:contains(peu usité)")).hasSize(10);
		assertThat(page.select("ul.job-titles li").first().text()).doesNotContain("peu usité");
	}

	@Test // #3
	void ficheWeighsLessThan100KilobytesWithItsStyles() throws IOException {
		String body = mvc.get().uri("/metiers/D1102").exchange().getResponse().getContentAsString();
		long css = Files.size(Path.of("src/main/resources/static/css/boussole.css"));
		assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + css).isLessThan(100_000);
	}

	@Test // #3
	void lowerCaseCodeRedirectsToTheFiche() {
		assertThat(mvc.get().uri("/metiers/d1102")).hasStatus3xxRedirection().hasRedirectedUrl("/metiers/D1102");
	}

	@Test // #3
	void unknownOrMalformedCodesGetTheSite404Page() throws Exception {
		for (String path : new String[] { "/metiers/Z9999", "/metiers/D11021", "/metiers/%3Cscript%3E",
				"/metiers/domaines/ZZ", "/metiers/themes/999", "/metiers/themes/abc" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept", "text/html")
					.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page introuvable").doesNotContain("Exception", "at org.");
		}
	}

	@Test // #3
	void informPageLeadsToTheJobs() {
		assertThat(mvc.get().uri("/s-informer")).hasStatusOk().bodyText().contains("href=\"/metiers\"");
	}

	@Test // #3
	void jobPagesAreInEnglishToo() {
		assertThat(mvc.get().uri("/metiers/D1102?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Talk it over with a counsellor", "Names of this job");
	}

	@Test // #3
	void ficheContentRenderedOnceStillFollowsTheLanguageAndTheVisitor() throws Exception {
		Document french = page("/metiers/D1103");
		Document english = page("/metiers/D1103?lang=en");
		Document frenchAgain = page("/metiers/D1103");
		assertThat(french.select("section.fiche h2").eachText()).contains("Compétences");
		assertThat(english.select("section.fiche h2").eachText()).contains("Skills");
		assertThat(frenchAgain.select("section.fiche").html()).isEqualTo(french.select("section.fiche").html());
		// the header is the viewer's own, while the fiche's content is shared
		var signedIn = mvc.get()
			.uri("/metiers/D1103")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("lecteur@example.org")
				.roles("BENEFICIARY"))
			.exchange();
		Document beneficiary = Jsoup.parse(signedIn.getResponse().getContentAsString());
		assertThat(beneficiary.select("a[href=/mon-accompagnement]")).hasSize(1);
		assertThat(french.select("a[href=/mon-accompagnement]")).isEmpty();
		assertThat(beneficiary.select("section.fiche").html()).isEqualTo(french.select("section.fiche").html());
	}

	private Document page(String path) {
		var result = mvc.get().uri(path).exchange();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
