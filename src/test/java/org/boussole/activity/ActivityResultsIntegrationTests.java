package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The result of a sent « Mes centres d'intérêt » and « Mes expériences et mes compétences
 * », computed on the real ROME links and shown to the person and to their referent.
 */
@AppIntegrationTest
class ActivityResultsIntegrationTests extends ActivityDossierFixture {

	MockHttpServletRequestBuilder send(UUID activityId) {
		return post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "envoyer");
	}

	Document personPage(UUID activityId) {
		return page(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person))));
	}

	Document referentPage(UUID activityId) {
		return page(
				mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))));
	}

	@Test // #2
	void aSentInterestActivityShowsTheStrongestInterestsTheRiasecProfileAndFichesToRead() {
		UUID activityId = assign("centres-interet");
		// nothing to show before it is sent
		assertThat(personPage(activityId).select(".activity-results")).isEmpty();

		// 14 « J'aime le travail manuel », 27 « la cuisine » at the top of the scale, 4
		// « le sens du contact » just below, every other one « pas du tout »
		List<String> codes = jdbc.queryForList("select code from content.topic where kind = 'INTEREST'", String.class);
		MockHttpServletRequestBuilder answers = send(activityId);
		codes.forEach(code -> answers.param("q_interets_" + code,
				code.equals("14") || code.equals("27") ? "4" : code.equals("4") ? "3" : "1"));
		assertThat(mvc.perform(answers)).hasStatus3xxRedirection();

		for (Document page : List.of(personPage(activityId), referentPage(activityId))) {
			assertThat(page.select(".activity-results .interest-strongest li strong").eachText()).containsExactly(
					"J'aime le travail manuel", "Je suis passionné / passionnée par la cuisine",
					"J'ai le sens du contact");
			assertThat(page.select(".riasec-table caption").text()).startsWith("Profil RIASEC (code R");
			assertThat(page.select(".riasec-table thead th[scope=col]")).hasSize(2);
			assertThat(page.select(".riasec-table tbody th[scope=row]")).hasSize(6);
			assertThat(page.select(".riasec-table tbody th").get(0).text()).startsWith("Réaliste");
			assertThat(page.select(".activity-results .interest-jobs > li")).hasSizeBetween(10, 20);
			assertThat(page.select(".interest-jobs a[href=/metiers/D1102]").text()).isEqualTo("Boulanger / Boulangère");
			assertThat(page.select(".interest-jobs a[href=/metiers/D1102] ~ .interest-why").text())
				.startsWith("Pourquoi ce métier : Je suis passionné / passionnée par la cuisine");
		}

		// still shown once accepted
		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("decision", "accepter")))
			.hasStatus3xxRedirection();
		assertThat(personPage(activityId).select(".interest-jobs a[href=/metiers/D1102]")).hasSize(1);
	}

	@Test // #2
	void aSentSkillsActivityShowsTheSkillsByMacroSkillAndTheFichesUsingThem() {
		UUID activityId = assign("experiences-competences");
		// « Cuire des pâtons », « Cuire des pièces de viennoiserie », « Confectionner des
		// viennoiseries », « Défourner des pains et viennoiseries », and « Faire preuve
		// d'autonomie » by its label
		assertThat(mvc.perform(send(activityId).param("q_exp1-intitule", "Boulangerie de quartier")
			.param("q_exp1-description", "La cuisson du matin")
			.param("q_exp1-competences_0", "124958")
			.param("q_exp1-competences_1", "124959")
			.param("q_exp1-competences_2", "126357")
			.param("q_exp1-competences_3", "124960")
			.param("q_exp2-competences_0", "Faire preuve d'autonomie"))).hasStatus3xxRedirection();

		for (Document page : List.of(personPage(activityId), referentPage(activityId))) {
			assertThat(page.select(".activity-results h3").eachText()).startsWith(
					"Réaliser des préparations de pâtisserie, boulangerie, viennoiserie, et chocolaterie",
					"Savoir-être professionnels");
			assertThat(page.select(".activity-results ul.plain li").eachText()).contains("Cuire des pâtons",
					"Faire preuve d'autonomie");
			List<String> fiches = page.select(".skill-jobs > li > a").eachAttr("href");
			assertThat(fiches.subList(0, 2)).containsExactlyInAnyOrder("/metiers/D1102", "/metiers/D1108");
		}
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
