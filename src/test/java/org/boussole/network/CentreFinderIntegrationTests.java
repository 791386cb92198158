package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class CentreFinderIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NetworkManagement network;

	@Autowired
	NetworkAdministration admin;

	private String find(String query) {
		var result = mvc.get().uri("/centres").param("q", query).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return the name of the first site listed
	 */
	private static String firstResult(String page) {
		java.util.regex.Matcher first = java.util.regex.Pattern
			.compile("<ol class=\"results\">\\s*<li>\\s*<h3><a [^>]*>([^<]*)</a>")
			.matcher(page);
		assertThat(first.find()).as("a list of results").isTrue();
		return first.group(1);
	}

	@Test // #2
	void showsTheFormWithItsLabel() {
		assertThat(mvc.get().uri("/centres")).hasStatusOk()
			.bodyText()
			.contains("Code postal ou commune", "name=\"q\"")
			.doesNotContain("aria-invalid");
	}

	@Test // #2
	void listsTheNearestSitesOfAPostalCodeFirstWithTheirDistance() {
		String page = find("74100");
		assertThat(page).contains("Résultats autour de Annemasse (74100)", "MIFE du Genevois français (démo)",
				"tel:0199001010", "Lundi au jeudi");
		assertThat(firstResult(page)).isEqualTo("MIFE Annemasse (démo)");
		// distances in the French way, the Annemasse site being in Annemasse itself
		assertThat(page).containsPattern("0,0 km").containsPattern("\\d+,\\d km");
		assertThat(page).contains("Ambilly (74100)");
	}

	@Test // #2
	void findsACommuneTypedWithoutAccentsOrCapitals() {
		assertThat(find("annemasse")).contains("Résultats autour de Annemasse (74100)");
		assertThat(find("ANNEMASSE")).contains("Résultats autour de Annemasse (74100)");
		String stJulien = find("Saint Julien en Genevois");
		assertThat(stJulien).contains("Résultats autour de Saint-Julien-en-Genevois (74160)");
		assertThat(firstResult(stJulien)).isEqualTo("MIFE Saint-Julien-en-Genevois (démo)");
		assertThat(find("st-julien-en-genevois")).contains("Saint-Julien-en-Genevois (74160)");
		assertThat(find("Bellegarde-sur-Valserine")).contains("Bellegarde-sur-Valserine, Valserhône (01200)",
				"MIFE Valserhône (démo)");
	}

	@Test // #2
	void findsAGenevaPostalCodeAndListsTheGenevaSiteFirst() {
		String page = find("1204");
		assertThat(page).contains("Résultats autour de Genève (1204)");
		assertThat(firstResult(page)).isEqualTo("OFPC Genève – Cité des métiers (démo)");
		assertThat(find("genève")).contains("Résultats autour de Genève (12");
		assertThat(find("Meyrin")).contains("Résultats autour de Meyrin (1217)");
		assertThat(firstResult(find("01200"))).isEqualTo("MIFE Valserhône (démo)");
	}

	@Test // #2
	void offersAChoiceWhenSeveralCommunesMatch() {
		String page = find("Saint-Julien");
		assertThat(page).contains("Plusieurs communes correspondent")
			.contains("Saint-Julien-en-Genevois (74160)")
			.doesNotContain("Résultats autour de");
		assertThat(find("Saint-Julien-en-Genevois (74160)"))
			.contains("Résultats autour de Saint-Julien-en-Genevois (74160)");
	}

	@Test // #2
	void explainsInFrenchWhatIsWrongAndKeepsWhatWasTyped() {
		assertThat(find("99999")).contains("Nous ne connaissons pas ce code postal", "value=\"99999\"",
				"aria-invalid=\"true\"");
		assertThat(find("123")).contains("5 chiffres en France et 4 à Genève");
		assertThat(find("Atlantide")).contains("Nous ne connaissons pas cette commune", "value=\"Atlantide\"");
		assertThat(find("Annemasse (74160)")).contains("ne correspond pas à ce code postal");
		assertThat(find("   ")).contains("Saisissez un code postal ou le nom d&#39;une commune");
		String script = find("<script>alert(1)</script>");
		assertThat(script).contains("sans caractères spéciaux", "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(find("a".repeat(81))).contains("Saisissez au plus 80 caractères");
	}

	@Test // #2
	void showsOneSiteAndAnswers404ForUnknownOrInactiveSites() {
		UUID annemasse = network.nearestSite("74100").orElseThrow().site().id();
		assertThat(mvc.get().uri("/centres/{id}", annemasse)).hasStatusOk()
			.bodyText()
			.contains("MIFE Annemasse (démo)", "12 rue de l&#39;Exemple", "74100 Annemasse", "Accessibilité");
		assertThat(mvc.get().uri("/centres/{id}", UUID.randomUUID())).hasStatus(404);
		assertThat(mvc.get().uri("/centres/pas-un-identifiant")).hasStatus(404);

		var user = NetworkTestUsers.networkAdmin();
		UUID structure = admin.createStructure(user, "Structure fermée " + UUID.randomUUID(), Country.FR, null);
		UUID site = admin.createSite(user, structure,
				new SiteDetails("Site fermé", "1 rue Test", "29200", "Brest", null, null, null));
		assertThat(mvc.get().uri("/centres/{id}", site)).hasStatusOk();
		admin.setSiteActive(user, structure, site, false);
		assertThat(mvc.get().uri("/centres/{id}", site)).hasStatus(404);
		assertThat(find("29200")).doesNotContain("Site fermé");
	}

	@Test // #2
	void routesAPlaceToTheNearestSite() {
		assertThat(network.nearestSite("74160")).get()
			.satisfies(
					nearby -> assertThat(nearby.site().structureName()).isEqualTo("MIFE du Genevois français (démo)"));
		assertThat(network.locate("Saint-Julien")).isEmpty();
		assertThat(network.nearestSite("99999")).isEmpty();
	}

}
