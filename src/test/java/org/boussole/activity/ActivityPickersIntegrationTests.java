package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The job and skill pickers of an activity form: a search loading the content module's
 * options with htmx, shown by a script, and the plain text fields that work without it; a
 * code ticked in the options is checked and kept like a typed one.
 */
@AppIntegrationTest
class ActivityPickersIntegrationTests extends ActivityDossierFixture {

	MockHttpServletRequestBuilder save(UUID activityId) {
		return post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "enregistrer");
	}

	String answers(UUID activityId) {
		return jdbc.queryForObject("select answers from activity.activity where id = ?", String.class, activityId);
	}

	Document page(MockHttpServletRequestBuilder request) {
		MvcTestResult result = mvc.perform(request);
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test // #2
	void aJobPickerHasASearchLoadingTheOptionsNamedAfterItsFieldAndKeepsItsTextFields() {
		UUID activityId = assign("explorer-metiers");
		Document form = page(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)));
		Element search = form.selectFirst("input[type=search]#q_metiers_search");
		assertThat(search).isNotNull();
		assertThat(search.attr("hx-get")).isEqualTo("/metiers/choix/metiers?champ=q_metiers");
		assertThat(search.attr("hx-target")).isEqualTo("#q_metiers_options");
		assertThat(form.select("label[for=q_metiers_search]").text()).isNotBlank();
		assertThat(form.select("#q_metiers_options")).hasSize(1);
		// hidden until the script shows it: without JavaScript the text fields do the
		// work
		assertThat(search.closest("[data-picker]").hasAttr("hidden")).isTrue();
		assertThat(form.select("script[src^=/js/activity-picker]")).hasSize(1);
		assertThat(form.select("input[type=text][name=q_metiers_0]")).hasSize(1);

		// the options the search loads tick codes under the question's field name
		Document options = page(
				get("/metiers/choix/metiers").param("q", "boulanger").param("champ", "q_metiers").with(as(person)));
		assertThat(options.select("input[type=checkbox][name=q_metiers]").eachAttr("value")).contains("D1102");

		// a ticked code is checked and kept like a typed one, after the typed ones
		assertThat(mvc.perform(save(activityId).param("q_metiers_0", "D1101").param("q_metiers", "D1102")))
			.hasStatus3xxRedirection();
		assertThat(answers(activityId)).contains("D1101 – ").contains("D1102 – Boulanger");
		assertThat(page(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))
			.select("input[name=q_metiers_1]")
			.attr("value")).startsWith("D1102");
	}

	@Test // #2
	void aTickedCodeThatIsNoFicheOrOneTooManyIsRefusedWithNothingStored() {
		UUID activityId = assign("explorer-metiers");
		assertThat(mvc.perform(save(activityId).param("q_metiers", "Z9999"))).hasStatus(422)
			.bodyText()
			.contains("Z9999");
		assertThat(mvc.perform(save(activityId).param("q_metiers", "D1101", "D1102", "D1103", "D1104"))).hasStatus(422)
			.bodyText()
			.contains("Choisissez au plus 3 réponses.");
		assertThat(answers(activityId)).doesNotContain("D110");
	}

	@Test // #2
	void aSkillPickerSearchesTheSkillsAndAcceptsATickedSkill() {
		UUID activityId = assign("experiences-competences");
		Document form = page(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)));
		assertThat(form.select("input[type=search]#q_exp1-competences_search").attr("hx-get"))
			.isEqualTo("/metiers/choix/competences?champ=q_exp1-competences");
		Document options = page(get("/metiers/choix/competences").param("q", "cuire des pâtons")
			.param("champ", "q_exp1-competences")
			.with(as(person)));
		assertThat(options.select("input[type=checkbox][name=q_exp1-competences]").eachAttr("value"))
			.contains("124958");
		assertThat(mvc.perform(save(activityId).param("q_exp1-competences", "124958"))).hasStatus3xxRedirection();
		assertThat(answers(activityId)).contains("124958 – Cuire des pâtons");
	}

}
