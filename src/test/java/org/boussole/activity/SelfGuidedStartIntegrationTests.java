package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The bridge from the self-guided « Mes centres d'intérêt » to being accompanied: the
 * ratings a visitor gave on the public page are attached, as a sent activity, to the
 * dossier they ask for from its result, then leave their session.
 */
@AppIntegrationTest
class SelfGuidedStartIntegrationTests {

	static final String RATINGS = "content.interests.ratings";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession rated() {
		MockHttpSession session = new MockHttpSession();
		// « J'aime le travail manuel » and « la cuisine » passionately, « le sens du
		// contact » a lot, nothing else
		assertThat(mvc.post()
			.uri("/metiers/centres-interet")
			.session(session)
			.param("note-14", "4")
			.param("note-27", "4")
			.param("note-4", "3")
			.with(csrf())).hasRedirectedUrl("/metiers/centres-interet/resultat");
		assertThat(session.getAttribute(RATINGS)).isNotNull();
		return session;
	}

	static MultiValueMap<String, String> request(String depuis) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("situation", "CROSS_BORDER_WORKER");
		form.add("wishes", "CHANGE_JOB");
		form.add("meetingModes", "VIDEO");
		form.add("availability", "Le mardi soir");
		form.add("postalCode", "74100");
		form.add("commune", "");
		form.add("message", "");
		form.add("consent", "true");
		form.add("depuis", depuis);
		return form;
	}

	List<Map<String, Object>> activitiesOf(UUID beneficiaryId) {
		return jdbc.queryForList("""
				select a.status, a.answers, a.dossier_id, a.assigned_by, t.builtin_key from activity.activity a
				join activity.template_version v on v.id = a.template_version_id
				join activity.template t on t.id = v.template_id
				where a.beneficiary_id = ?""", beneficiaryId);
	}

	@Test // #2
	void aVisitorWhoRatedTheInterestsFindsThemSentOnTheDossierTheyAskForWithTheirNewAccount() {
		MockHttpSession session = rated();
		assertThat(mvc.get().uri("/accompagnement/demande?depuis=/metiers/centres-interet").session(session))
			.hasStatusOk()
			.bodyText()
			.contains("Votre résultat « Mes centres d&#39;intérêt » sera joint à votre demande");

		String email = "auto-" + UUID.randomUUID() + "@activity.test";
		MultiValueMap<String, String> form = request("/metiers/centres-interet");
		form.add("displayName", "Nora Visiteuse");
		form.add("email", email);
		form.add("password", ActivityTestSupport.PASSWORD);
		form.add("passwordConfirmation", ActivityTestSupport.PASSWORD);
		assertThat(mvc.post().uri("/accompagnement/demande").session(session).params(form).with(csrf()))
			.hasRedirectedUrl("/accompagnement/demande/envoyee");

		UUID beneficiaryId = accounts.findByEmail(email).orElseThrow().id();
		UUID dossierId = jdbc.queryForObject("select id from accompaniment.dossier where beneficiary_id = ?",
				UUID.class, beneficiaryId);
		assertThat(activitiesOf(beneficiaryId)).singleElement().satisfies(activity -> {
			assertThat(activity).containsEntry("status", "SUBMITTED")
				.containsEntry("builtin_key", "centres-interet")
				.containsEntry("dossier_id", dossierId)
				.containsEntry("assigned_by", beneficiaryId);
			// on the activity's scale, 1 « pas du tout » to 4 « beaucoup », every
			// interest
			// answered
			Answers answers = Answers.parse((String) activity.get("answers"));
			assertThat(answers.ratings("interets")).hasSize(30)
				.containsEntry("14", "4")
				.containsEntry("27", "4")
				.containsEntry("4", "3")
				.containsEntry("1", "1");
		});
		assertThat(jdbc.queryForList("select type from accompaniment.dossier_event where dossier_id = ?", String.class,
				dossierId))
			.contains("ACTIVITY_SUBMITTED");
		// kept on the dossier, the ratings leave the session
		assertThat(session.getAttribute(RATINGS)).isNull();
	}

	@Test // #2
	void aRequestFromAnotherPageAttachesNothingAndLeavesTheRatingsInTheSession() {
		MockHttpSession session = rated();
		CurrentUser person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		assertThat(mvc.get().uri("/accompagnement/demande?depuis=/metiers/D1102").session(session).with(as(person)))
			.bodyText()
			.doesNotContain("sera joint à votre demande");
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.session(session)
			.params(request("/metiers/D1102"))
			.with(as(person))
			.with(csrf())).hasRedirectedUrl("/mon-accompagnement");
		assertThat(activitiesOf(person.id())).isEmpty();
		assertThat(session.getAttribute(RATINGS)).isNotNull();
	}

	@Test // #2
	void aLoggedInPersonAskingFromTheInterestsResultGetsTheActivityToo() {
		MockHttpSession session = rated();
		CurrentUser person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.session(session)
			.params(request("/metiers/centres-interet"))
			.with(as(person))
			.with(csrf())).hasRedirectedUrl("/mon-accompagnement");
		assertThat(activitiesOf(person.id())).singleElement()
			.satisfies(activity -> assertThat(activity).containsEntry("status", "SUBMITTED"));
		assertThat(session.getAttribute(RATINGS)).isNull();
	}

}
