package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.ActivityTestDossiers;
import org.boussole.accompaniment.DossierAttention;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * « Mon plan d'action » as a living document: once accepted, its beneficiary and the
 * referent update the status and dates of its steps and add steps while the dossier is
 * open; each update is dated, attributed, kept in the history and noted on the timeline
 * without content; overdue steps call for the referent's attention; anything else is
 * refused with nothing changed.
 */
@AppIntegrationTest
class LivingPlanIntegrationTests extends ActivityDossierFixture {

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

	UUID acceptedPlan() {
		UUID activityId = assign("plan-action");
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "envoyer")
			.param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.plusDays(10).toString())
			.param("q_etapes_0_status", "TODO"))).hasStatus3xxRedirection();
		accept(activityId);
		return activityId;
	}

	void accept(UUID activityId) {
		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("decision", "accepter")))
			.hasStatus3xxRedirection();
	}

	MockHttpServletRequestBuilder update(UUID activityId, CurrentUser who) {
		return post("/mon-accompagnement/activites/{id}/plan", activityId).with(as(who)).with(csrf());
	}

	MockHttpServletRequestBuilder staffUpdate(UUID activityId, CurrentUser who) {
		return post("/conseil/dossiers/{d}/activites/{id}/plan", dossierId, activityId).with(as(who)).with(csrf());
	}

	String answers(UUID activityId) {
		return jdbc.queryForObject("select answers from activity.activity where id = ?", String.class, activityId);
	}

	int updates(UUID activityId) {
		return jdbc.queryForObject("select count(*) from activity.plan_update where activity_id = ?", Integer.class,
				activityId);
	}

	List<Map<String, Object>> timeline() {
		return jdbc.queryForList("select type, note from accompaniment.dossier_event where dossier_id = ? order by at",
				dossierId);
	}

	@Test // #2
	void theBeneficiaryAndTheReferentUpdateAnAcceptedPlanWithItsHistory() throws Exception {
		UUID activityId = acceptedPlan();
		assertThat(jdbc.queryForObject("select living from activity.activity where id = ?", Boolean.class, activityId))
			.isTrue();
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("Mettre à jour le plan")
			.contains("/mon-accompagnement/activites/" + activityId + "/plan")
			.contains("Abandonné");

		// the person marks the step done and adds one
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.plusDays(10).toString())
			.param("q_etapes_0_status", "DONE")
			.param("q_etapes_1_step", "Refaire mon CV")
			.param("q_etapes_1_date", today.plusDays(20).toString())
			.param("q_etapes_1_status", "IN_PROGRESS")
			.param("q_besoins", "ignoré"))).hasStatus3xxRedirection();
		assertThat(answers(activityId)).contains("DONE").contains("Refaire mon CV").doesNotContain("ignoré");
		assertThat(updates(activityId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from activity.activity where id = ?", String.class, activityId))
			.isEqualTo("ACCEPTED");

		// the referent drops it and moves the date
		assertThat(mvc.perform(staffUpdate(activityId, counsellor).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.plusDays(10).toString())
			.param("q_etapes_0_status", "DONE")
			.param("q_etapes_1_step", "Refaire mon CV")
			.param("q_etapes_1_date", "")
			.param("q_etapes_1_status", "ABANDONED"))).hasStatus3xxRedirection();
		assertThat(updates(activityId)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select author_id from activity.plan_update where activity_id = ? "
				+ "order by updated_at desc limit 1", UUID.class, activityId))
			.isEqualTo(counsellor.id());

		String page = mvc
			.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Historique du plan")
			.contains("« Contacter un organisme » : À faire → Fait")
			.contains("Nouvelle étape « Refaire mon CV » (En cours)")
			.contains("« Refaire mon CV » : En cours → Abandonné")
			.contains(person.displayName())
			.contains(counsellor.displayName());

		// the timeline says the plan was updated, never what
		List<Map<String, Object>> updated = timeline().stream()
			.filter(event -> "ACTIVITY_UPDATED".equals(event.get("type")))
			.toList();
		assertThat(updated).hasSize(2).allSatisfy(event -> assertThat(event.get("note")).isNull());

		// the same plan again changes nothing
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.plusDays(10).toString())
			.param("q_etapes_0_status", "DONE")
			.param("q_etapes_1_step", "Refaire mon CV")
			.param("q_etapes_1_status", "ABANDONED"))).hasStatus3xxRedirection();
		assertThat(updates(activityId)).isEqualTo(2);
	}

	@Test // #2
	void badStepsAreRefusedWithNothingChanged() {
		UUID activityId = acceptedPlan();
		String before = answers(activityId);
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", "2026-13-45")
			.param("q_etapes_0_status", "TODO"))).hasStatus(422);
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_status", "HACKED"))).hasStatus(422);
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "<script>x</script>".repeat(40))))
			.hasStatus(422);
		assertThat(mvc.perform(update(activityId, person))).hasStatus(422)
			.bodyText()
			.contains("Cette question est obligatoire.");
		assertThat(answers(activityId)).isEqualTo(before);
		assertThat(updates(activityId)).isZero();
	}

	@Test // #2
	void onlyAnAcceptedLivingPlanOfAnOpenDossierIsUpdatedAndOnlyByItsPeople() {
		UUID plan = assign("plan-action");
		assertThat(mvc.perform(update(plan, person).param("q_etapes_0_step", "Une étape"))).hasStatus(422)
			.bodyText()
			.contains("pas encore validé");
		UUID other = assign("apres-entretien");
		assertThat(mvc.perform(update(other, person).param("q_etapes_0_step", "Une étape"))).hasStatus(422);

		UUID accepted = acceptedPlan();
		CurrentUser otherPerson = ActivityTestSupport.newAccount(accounts, "autre", Role.BENEFICIARY);
		CurrentUser otherCounsellor = ActivityTestSupport.newAccount(accounts, "autreconseiller", Role.COUNSELLOR);
		assertThat(mvc.perform(update(accepted, otherPerson).param("q_etapes_0_step", "Piratage"))).hasStatus(404);
		assertThat(mvc.perform(staffUpdate(accepted, otherCounsellor).param("q_etapes_0_step", "Piratage")))
			.hasStatus(404);

		ActivityTestDossiers.close(context, dossierId);
		assertThat(mvc.perform(update(accepted, person).param("q_etapes_0_step", "Après la clôture"))).hasStatus(422)
			.bodyText()
			.contains("le plan ne peut plus être mis à jour");
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", accepted).with(as(person)))).bodyText()
			.doesNotContain("/mon-accompagnement/activites/" + accepted + "/plan\"");
		assertThat(answers(accepted)).doesNotContain("Piratage").doesNotContain("Après la clôture");
		assertThat(updates(accepted)).isZero();
	}

	@Test // #2
	void anOverdueStepOfAnOpenPlanCallsForTheReferentsAttention() {
		UUID activityId = acceptedPlan();
		DossierAttention attention = context.getBean(DossierAttention.class);
		assertThat(attention.attentionFor(List.of(dossierId))).doesNotContainKey(dossierId);
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.minusDays(1).toString())
			.param("q_etapes_0_status", "IN_PROGRESS"))).hasStatus3xxRedirection();
		assertThat(attention.attentionFor(List.of(dossierId))).containsEntry(dossierId,
				new DossierAttention.Attention(1, 0));
		assertThat(attention.attentionForReferent(counsellor.id())).containsKey(dossierId);
		// done or dropped, it no longer does
		assertThat(mvc.perform(update(activityId, person).param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_date", today.minusDays(1).toString())
			.param("q_etapes_0_status", "DONE"))).hasStatus3xxRedirection();
		assertThat(attention.attentionFor(List.of(dossierId))).doesNotContainKey(dossierId);
	}

}
