package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.boussole.AppIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** « Mes centres d'intérêt » and the pickers, as an anonymous visitor. */
@AppIntegrationTest
class InterestPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test // #7
	void jobsPageLeadsToTheInterestsForm() {
		Document jobs = page(mvc.get().uri("/metiers").exchange());
		assertThat(jobs.select("a[href=/metiers/centres-interet]")).hasSize(1);
	}

	@Test // #7
	void formShowsTheThirtyInterestsEachAsAFieldsetOfFiveRadios() {
		Document form = page(mvc.get().uri("/metiers/centres-interet").exchange());
		assertThat(form.select("h1").text()).isEqualTo("Mes centres d'intérêt");
		assertThat(form.select("fieldset.interest")).hasSize(30);
		assertThat(form.select("fieldset.interest legend").eachText()).contains("J'aime le travail manuel",
				"Je suis passionné / passionnée par la cuisine");
		assertThat(form.select("input[type=radio][name=note-14]")).hasSize(5);
		assertThat(form.select("label[for=note-14-4]").text()).isEqualTo("Passionnément");
		assertThat(form.select("details.interest-definition p")).isNotEmpty();
		assertThat(form.select("input[type=radio][checked]")).isEmpty();
	}

	@Test // #7
	void ratingsLeadToAResultThatReloadsAndIsShownAgainInTheForm() {
		MockHttpSession session = new MockHttpSession();
		assertThat(rate(session, Map.of("note-14", "4", "note-27", "4", "note-4", "3")))
			.hasRedirectedUrl("/metiers/centres-interet/resultat");
		for (int reload = 0; reload < 2; reload++) {
			Document result = page(mvc.get().uri("/metiers/centres-interet/resultat").session(session).exchange());
			assertThat(result.select(".interest-strongest li strong").eachText()).containsExactly(
					"J'aime le travail manuel", "Je suis passionné / passionnée par la cuisine",
					"J'ai le sens du contact");
			assertThat(result.select(".riasec-table tbody tr")).hasSize(6);
			assertThat(result.select(".riasec-table tbody tr th").get(0).text()).startsWith("Réaliste");
			assertThat(result.select(".interest-jobs > li")).hasSizeBetween(10, 20);
			assertThat(result.select(".interest-jobs a[href=/metiers/D1102]").text())
				.isEqualTo("Boulanger / Boulangère");
			assertThat(result.select(".interest-jobs a[href=/metiers/D1102] ~ .interest-why").text())
				.startsWith("Pourquoi ce métier : Je suis passionné / passionnée par la cuisine");
			assertThat(result.select("aside.invitation a").attr("href"))
				.isEqualTo("/accompagnement/demande?depuis=/metiers/centres-interet");
		}
		Document again = page(mvc.get().uri("/metiers/centres-interet").session(session).exchange());
		assertThat(again.select("#note-14-4").hasAttr("checked")).isTrue();
		assertThat(again.select("#note-4-3").hasAttr("checked")).isTrue();
		assertThat(again.select("input[type=radio][checked]")).hasSize(3);
	}

	@Test // #7
	void aRatingOutOfRangeIsRefusedNextToItsInterestAndChangesNothing() {
		MockHttpSession session = new MockHttpSession();
		rate(session, Map.of("note-9", "4"));
		MvcTestResult refused = rate(session, Map.of("note-14", "7", "note-27", "4"));
		assertThat(refused).hasStatusOk();
		Document form = page(refused);
		assertThat(form.select("#note-14-error").text())
			.isEqualTo("Choisissez une seule réponse, de « Pas du tout » à « Passionnément ».");
		assertThat(form.select("#note-14-0").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#note-14-0").attr("aria-describedby")).isEqualTo("note-14-error");
		// what was typed correctly is kept
		assertThat(form.select("#note-27-4").hasAttr("checked")).isTrue();
		Document result = page(mvc.get().uri("/metiers/centres-interet/resultat").session(session).exchange());
		assertThat(result.select(".interest-strongest li strong").eachText())
			.containsExactly("J'aime être au contact de la nature");
	}

	@Test // #7
	void anUnknownInterestOrHostileValueIsRefusedWithAFrenchMessage() {
		MockHttpSession session = new MockHttpSession();
		Document unknown = page(rate(session, Map.of("note-99", "2", "note-3", "4")));
		assertThat(unknown.select("#interests-errors").text())
			.contains("Le formulaire contient un centre d'intérêt inconnu");
		Document hostile = page(rate(session, Map.of("note-<script>alert(1)</script>", "2", "note-5", "<b>4</b>")));
		assertThat(hostile.select("#interests-errors").text()).contains("centre d'intérêt inconnu");
		assertThat(hostile.select("#note-5-error")).hasSize(1);
		assertThat(hostile.html()).doesNotContain("<script>alert(1)");
		Document nothing = page(rate(session, Map.of("note-5", "0")));
		assertThat(nothing.select("#interests-errors").text()).contains("Indiquez au moins un centre d'intérêt");
		assertThat(session.getAttribute(InterestController.RATINGS)).isNull();
		assertThat(mvc.get().uri("/metiers/centres-interet/resultat").session(session))
			.hasRedirectedUrl("/metiers/centres-interet");
	}

	@Test // #7
	void resultWithoutRatingsSendsToTheForm() {
		assertThat(mvc.get().uri("/metiers/centres-interet/resultat")).hasRedirectedUrl("/metiers/centres-interet");
	}

	@Test // #7
	void pickersAnswerWithAListOfOptionsAndNeverFail() {
		Document jobs = page(mvc.get().uri("/metiers/choix/metiers").param("q", "boulangere").exchange());
		assertThat(jobs.select("input[type=checkbox][name=metiers][value=D1102]")).hasSize(1);
		assertThat(jobs.select("label[for=metiers-D1102]").text()).contains("Boulanger / Boulangère");
		assertThat(jobs.select("li")).hasSizeLessThanOrEqualTo(20);
		Document single = page(mvc.get()
			.uri("/metiers/choix/metiers")
			.param("q", "D1102")
			.param("champ", "fiche")
			.param("unique", "true")
			.exchange());
		assertThat(single.select("input[type=radio][name=fiche][value=D1102]")).hasSize(1);
		Document skills = page(mvc.get().uri("/metiers/choix/competences").param("q", "cuire patons").exchange());
		assertThat(skills.select("input[name=competences][value=124958]")).hasSize(1);
		for (String q : new String[] { "", "x".repeat(5000), "<script>alert(1)</script>", "%", "' or 1=1 --" }) {
			for (String path : new String[] { "/metiers/choix/metiers", "/metiers/choix/competences" }) {
				MvcTestResult answer = mvc.get().uri(path).param("q", q).param("champ", "\"><script>").exchange();
				Document options = page(answer);
				assertThat(options.select("li")).isEmpty();
				assertThat(options.text()).contains("Aucun résultat");
				assertThat(options.html()).doesNotContain("<script>");
			}
		}
	}

	private MvcTestResult rate(MockHttpSession session, Map<String, String> ratings) {
		var post = mvc.post().uri("/metiers/centres-interet").session(session).with(csrf());
		ratings.forEach(post::param);
		return post.exchange();
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
