package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.ActivityTestDossiers;
import org.boussole.accompaniment.DossierAttention;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work on an activity through the pages: the referent gives it, the person saves
 * answers over several sittings and sends them, the referent asks for more, then accepts;
 * answers that do not match their question, a late or closed dossier, and everyone else
 * are refused with nothing changed.
 */
@AppIntegrationTest
class ActivityWorkIntegrationTests extends ActivityDossierFixture {

	UUID assign(String key, String dueDate) {
		return assign(builtIn(key), "instructions", "Prenez votre temps <b>vraiment</b>.", "dueDate", dueDate);
	}

	MockHttpServletRequestBuilder answers(UUID activityId, String action) {
		return post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", action);
	}

	Map<String, Object> row(UUID activityId) {
		return jdbc.queryForMap("select status, answers, review_comment from activity.activity where id = ?",
				activityId);
	}

	List<String> timeline() {
		return jdbc.queryForList("select type from accompaniment.dossier_event where dossier_id = ? order by at",
				String.class, dossierId);
	}

	String inAWeek() {
		return LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(7).toString();
	}

	@Test // #2
	void aRoundTripFromAssignmentToAcceptance() {
		UUID activityId = assign("explorer-metiers", inAWeek());
		assertThat(mvc.perform(get("/mon-accompagnement/activites").with(as(person)))).bodyText()
			.contains("Explorer des métiers");

		// first sitting: a draft, nothing required yet
		assertThat(mvc.perform(answers(activityId, "enregistrer").param("q_attire", "Le contact <script>x</script>")))
			.hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "TO_DO");
		// second sitting: the draft is there, and the instructions are escaped
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("Le contact &lt;script&gt;x&lt;/script&gt;")
			.contains("Prenez votre temps &lt;b&gt;vraiment&lt;/b&gt;.");

		// sending without the required job is refused, nothing changes
		assertThat(mvc.perform(answers(activityId, "envoyer").param("q_attire", "Le contact"))).hasStatus(422)
			.bodyText()
			.contains("Cette question est obligatoire.");
		assertThat(row(activityId)).containsEntry("status", "TO_DO");

		assertThat(mvc
			.perform(answers(activityId, "envoyer").param("q_metiers_0", "d1102").param("q_attire", "Le contact")))
			.hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "SUBMITTED");
		assertThat((String) row(activityId).get("answers")).contains("D1102 – ");
		awaitMail(counsellor.email(), "Une activité est à relire dans Boussole");

		// the referent reads it and asks for more
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))))
			.bodyText()
			.contains("Le contact")
			.contains("D1102");
		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("decision", "completer")
				.param("comment", "Ajoutez ce qui vous inquiète.")))
			.hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "MORE_ASKED");
		awaitMail(person.email(), "Votre conseiller vous demande de compléter une activité");

		// the person completes it and sends it again; the referent accepts
		assertThat(mvc.perform(answers(activityId, "envoyer").param("q_metiers_0", "D1102")
			.param("q_attire", "Le contact")
			.param("q_inquiete", "Les horaires"))).hasStatus3xxRedirection();
		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("decision", "accepter")))
			.hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "ACCEPTED");
		assertThat(timeline()).containsSubsequence("ACTIVITY_ASSIGNED", "ACTIVITY_SUBMITTED", "ACTIVITY_RETURNED",
				"ACTIVITY_SUBMITTED", "ACTIVITY_REVIEWED");
		// accepted: the person can no longer change it
		assertThat(mvc.perform(answers(activityId, "enregistrer").param("q_attire", "Autre chose"))).hasStatus(422);
		assertThat((String) row(activityId).get("answers")).contains("Les horaires");
	}

	@Test // #2
	void theAutosaveKeepsADraftAndAnswersWithoutAPage() {
		UUID activityId = assign("premier-entretien", "");
		assertThat(mvc.perform(answers(activityId, "enregistrer").header("X-Autosave", "1")
			.param("q_situation", "En poste")
			.param("q_urgence", "4"))).hasStatus(204);
		assertThat((String) row(activityId).get("answers")).contains("En poste");
		assertThat(mvc.perform(answers(activityId, "enregistrer").header("X-Autosave", "1").param("q_urgence", "9")))
			.hasStatus(422);
		assertThat((String) row(activityId).get("answers")).contains("En poste");
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("En poste");
	}

	@Test // #2
	void answersThatDoNotMatchTheirQuestionAreRefusedWithNothingStored() {
		UUID activityId = assign("premier-entretien", "");
		assertThat(mvc.perform(answers(activityId, "enregistrer").param("q_situation", "Mon texte")
			.param("q_mobilite", "Sur la Lune")
			.param("q_urgence", "12")
			.param("q_attentes", "Devenir astronaute"))).hasStatus(422)
			.bodyText()
			.contains("Ce choix ne fait pas partie des réponses proposées.")
			.contains("Choisissez une valeur entre 1 et 5.")
			.contains("aria-invalid=\"true\"")
			.contains("Mon texte");
		assertThat(row(activityId)).containsEntry("answers", "{}");

		UUID after = assign("apres-entretien", "");
		assertThat(mvc.perform(answers(after, "enregistrer").param("q_date-rappel", "2026-02-30"))).hasStatus(422)
			.bodyText()
			.contains("pas valable (format attendu");
		UUID explore = assign("explorer-metiers", "");
		assertThat(mvc.perform(answers(explore, "enregistrer").param("q_metiers_0", "Z9999 astronaute"))).hasStatus(422)
			.bodyText()
			.contains("Métier introuvable");
		assertThat(row(after)).containsEntry("answers", "{}");
		assertThat(row(explore)).containsEntry("answers", "{}");
	}

	@Test // #2
	void sendingAfterTheDueDateWaitsForTheReferentToMoveIt() {
		UUID activityId = assign("premier-entretien", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
		jdbc.update("update activity.activity set due_date = current_date - 2 where id = ?", activityId);
		MockHttpServletRequestBuilder send = answers(activityId, "envoyer").param("q_situation", "En poste")
			.param("q_attentes", "Me former");
		assertThat(mvc.perform(send)).hasStatus(422).bodyText().contains("contactez votre conseiller");
		assertThat(row(activityId)).containsEntry("status", "TO_DO");

		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/echeance", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("dueDate", inAWeek())))
			.hasStatus3xxRedirection();
		assertThat(mvc
			.perform(answers(activityId, "envoyer").param("q_situation", "En poste").param("q_attentes", "Me former")))
			.hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "SUBMITTED");
	}

	@Test // #2
	void nothingCanBeSentOnceTheDossierIsClosed() {
		UUID activityId = assign("premier-entretien", "");
		ActivityTestDossiers.close(context, dossierId);
		assertThat(mvc
			.perform(answers(activityId, "envoyer").param("q_situation", "En poste").param("q_attentes", "Me former")))
			.hasStatus(422)
			.bodyText()
			.contains("Votre accompagnement est clos");
		assertThat(row(activityId)).containsEntry("status", "TO_DO").containsEntry("answers", "{}");
		long before = count();
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", builtIn("plan-action").toString()))).hasStatus(422);
		assertThat(count()).isEqualTo(before);
	}

	@Test // #2
	void strangersAreRefusedAndChangeNothing() {
		UUID activityId = assign("premier-entretien", "");
		assertThat(mvc
			.perform(answers(activityId, "envoyer").param("q_situation", "En poste").param("q_attentes", "Me former")))
			.hasStatus3xxRedirection();
		CurrentUser stranger = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		CurrentUser otherPerson = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		long before = count();

		assertThat(mvc.perform(get("/conseil/dossiers/{id}/activites", dossierId).with(as(stranger)))).hasStatus(404);
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(stranger))))
			.hasStatus(404);
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(stranger))
			.with(csrf())
			.param("templateId", builtIn("plan-action").toString()))).hasStatus(404);
		assertThat(
				mvc.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(stranger))
					.with(csrf())
					.param("decision", "accepter")))
			.hasStatus(404);
		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/echeance", dossierId, activityId).with(as(stranger))
				.with(csrf())
				.param("dueDate", "")))
			.hasStatus(404);
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(otherPerson))))
			.hasStatus(404);
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", activityId).with(as(otherPerson))
			.with(csrf())
			.param("action", "enregistrer")
			.param("q_situation", "Volé"))).hasStatus(404);
		// a beneficiary cannot reach the staff pages at all, nor a visitor any page
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(person))))
			.hasStatus(403);
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId))).hasStatus3xxRedirection();
		assertThat(mvc.perform(
				post("/mon-accompagnement/activites/{id}", activityId).with(csrf()).param("q_situation", "Anonyme")))
			.hasStatus3xxRedirection();

		assertThat(count()).isEqualTo(before);
		assertThat(row(activityId)).containsEntry("status", "SUBMITTED");
		assertThat((String) row(activityId).get("answers")).doesNotContain("Volé").doesNotContain("Anonyme");
	}

	@Test // #2
	void theCaseloadCanTellOverdueActivitiesAndReviewsWaiting() {
		UUID late = assign("premier-entretien", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
		jdbc.update("update activity.activity set due_date = current_date - 3 where id = ?", late);
		UUID sent = assign("premier-entretien", "");
		assertThat(
				mvc.perform(answers(sent, "envoyer").param("q_situation", "En poste").param("q_attentes", "Me former")))
			.hasStatus3xxRedirection();
		DossierAttention.Attention attention = context.getBean(DossierAttention.class)
			.attentionFor(List.of(dossierId, UUID.randomUUID()))
			.get(dossierId);
		assertThat(attention).isEqualTo(new DossierAttention.Attention(1, 1));
		assertThat(context.getBean(DossierAttention.class).attentionForReferent(counsellor.id()))
			.containsEntry(dossierId, new DossierAttention.Attention(1, 1));
	}

	@Test // #2
	void aDossierWithAnOverdueActivityOrOneToReviewNeedsActionInTheCaseload() throws Exception {
		// the referent opened the dossier and has just been given it: nothing else needs
		// action
		assertThat(mvc.perform(get("/conseil/dossiers/{id}", dossierId).with(as(counsellor)))).hasStatusOk();
		assertThat(caseload("/conseil/dossiers?action=1")).doesNotContain(dossierId.toString());

		UUID late = assign("premier-entretien", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
		jdbc.update("update activity.activity set due_date = current_date - 1 where id = ?", late);
		String overdue = caseload("/conseil/dossiers?action=1");
		assertThat(overdue).contains(dossierId.toString())
			.contains("Activité en retard")
			.doesNotContain("Activité à relire");
		assertThat(caseload("/conseil/dossiers")).contains("Activité en retard");

		jdbc.update("update activity.activity set due_date = null where id = ?", late);
		assertThat(caseload("/conseil/dossiers?action=1")).doesNotContain(dossierId.toString());

		assertThat(
				mvc.perform(answers(late, "envoyer").param("q_situation", "En poste").param("q_attentes", "Me former")))
			.hasStatus3xxRedirection();
		assertThat(caseload("/conseil/dossiers?action=1")).contains(dossierId.toString())
			.contains("Activité à relire")
			.doesNotContain("Activité en retard");

		// a closed dossier needs no action for its activities
		jdbc.update("update accompaniment.dossier set status = 'CLOSED' where id = ?", dossierId);
		assertThat(caseload("/conseil/dossiers?action=1")).doesNotContain(dossierId.toString());
	}

	private String caseload(String uri) throws Exception {
		MvcTestResult page = mvc.perform(get(uri).with(as(counsellor)));
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test // #2
	void theInterestsAreRatedOneByOneAndThePageStaysLightOnAPhone() {
		UUID activityId = assign("centres-interet", "");
		MvcTestResult page = mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)));
		assertThat(page).hasStatusOk().bodyText().contains("J&#39;ai envie de créer, construire, rénover");
		int bytes = page.getResponse().getContentAsByteArray().length;
		System.out.printf("Page of the interests activity: %.1f KB of HTML%n", bytes / 1024.0);
		assertThat(bytes).isLessThan(100 * 1024);

		List<String> codes = jdbc.queryForList("select code from content.topic where kind = 'INTEREST'", String.class);
		MockHttpServletRequestBuilder partly = answers(activityId, "envoyer");
		codes.stream().skip(1).forEach(code -> partly.param("q_interets_" + code, "3"));
		assertThat(mvc.perform(partly)).hasStatus(422).bodyText().contains("chacune des envies");
		MockHttpServletRequestBuilder wholly = answers(activityId, "envoyer");
		codes.forEach(code -> wholly.param("q_interets_" + code, "4"));
		assertThat(mvc.perform(wholly)).hasStatus3xxRedirection();
		assertThat(row(activityId)).containsEntry("status", "SUBMITTED");
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))))
			.bodyText()
			.contains("4/4");
	}

	@Test // #2
	void anActionPlanKeepsItsStepsAndRefusesABadOne() {
		UUID activityId = assign("plan-action", "");
		assertThat(mvc.perform(answers(activityId, "enregistrer").param("q_etapes_0_step", "Appeler l'AFPA")
			.param("q_etapes_0_date", "2030-01-15")
			.param("q_etapes_0_status", "IN_PROGRESS"))).hasStatus3xxRedirection();
		assertThat((String) row(activityId).get("answers")).contains("Appeler l'AFPA").contains("IN_PROGRESS");
		assertThat(mvc.perform(answers(activityId, "enregistrer").param("q_etapes_0_step", "Appeler")
			.param("q_etapes_0_status", "FINISHED"))).hasStatus(422);
		assertThat((String) row(activityId).get("answers")).contains("Appeler l'AFPA");
	}

	long count() {
		return jdbc.queryForObject("select count(*) from activity.activity where dossier_id = ?", Long.class,
				dossierId);
	}

	void awaitMail(String recipient, String subject) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"select subject from notifications.outbox_mail where recipient = ?", String.class, recipient))
				.contains(subject));
	}

}
