package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.shared.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The archive of a beneficiary's data holds the appointments of their dossier (with the
 * summary shared with them, never the counsellor's private note) and their activities,
 * with the answers in words and the documents they attached, byte for byte; nothing of
 * another beneficiary.
 */
@AppIntegrationTest
class ActivityPersonalDataIntegrationTests {

	static final String TEMPLATE = """
			{"title": "Mon projet", "sections": [{"title": "Mon parcours", "questions": [
			{"id": "mot", "label": "Votre métier rêvé", "type": "SHORT_TEXT"},
			{"id": "choix", "label": "Votre rythme", "type": "SINGLE_CHOICE", "options": ["Temps plein", "Temps partiel"]},
			{"id": "envie", "label": "Votre motivation", "type": "SCALE", "min": 1, "max": 5},
			{"id": "cv", "label": "Votre CV", "type": "FILE", "maxItems": 2}]}]}""";

	static final String SUMMARY = "Compte rendu partagé " + UUID.randomUUID();

	static final String NEXT_STEPS = "Prochaine étape " + UUID.randomUUID();

	static final String PRIVATE_NOTE = "Note privée du conseiller " + UUID.randomUUID();

	static final String OTHER_SUMMARY = "Compte rendu de l'autre personne " + UUID.randomUUID();

	static final String OTHER_ANSWER = "Réponse de l'autre personne " + UUID.randomUUID();

	static final byte[] OTHER_PDF = (new String(TestFiles.pdf(), StandardCharsets.ISO_8859_1) + "% autre\n")
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	CurrentUser person;

	CurrentUser other;

	UUID dossierId;

	UUID otherDossierId;

	@BeforeEach
	void twoBeneficiariesWithAppointmentsAndActivities() {
		counsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		other = ActivityTestSupport.newAccount(accounts, "autre", Role.BENEFICIARY);
		dossierId = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
		otherDossierId = AppointmentTestDossiers.openDossier(context, other.id(), counsellor.id());
		Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
		appointment(dossierId, person, lastWeek, "HONOURED", null, SUMMARY, NEXT_STEPS, PRIVATE_NOTE);
		appointment(dossierId, person, lastWeek.plus(Duration.ofDays(2)), "CANCELLED", "Grève des transports", null,
				null, null);
		appointment(otherDossierId, other, lastWeek.plus(Duration.ofDays(1)), "HONOURED", null, OTHER_SUMMARY, null,
				null);
		UUID template = context.getBean(TemplateLibrary.class).importTemplate(counsellor, TEMPLATE, "COUNSELLOR");
		UUID activityId = assign(dossierId, template);
		UUID otherActivityId = assign(otherDossierId, template);
		answer(person, activityId, "Menuisière",
				new MockMultipartFile("q_cv", "Mon CV été.pdf", "application/octet-stream", TestFiles.pdf()));
		answer(other, otherActivityId, OTHER_ANSWER,
				new MockMultipartFile("q_cv", "autre.pdf", "application/octet-stream", OTHER_PDF));
	}

	void appointment(UUID dossier, CurrentUser beneficiary, Instant start, String status, String reason, String summary,
			String nextSteps, String privateNote) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				insert into accompaniment.appointment (id, dossier_id, counsellor_id, beneficiary_id, start_at, end_at,
				zone, mode, video_link, status, cancellation_reason, sequence, summary, next_steps, private_note,
				created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, 'Europe/Paris', 'VIDEO', 'https://visio.example/salle-42', ?, ?, 0, ?, ?, ?,
				?, ?, 0)""", UUID.randomUUID(), dossier, counsellor.id(), beneficiary.id(), Timestamp.from(start),
				Timestamp.from(start.plus(Duration.ofHours(1))), status, reason, summary, nextSteps, privateNote, now,
				now);
	}

	UUID assign(UUID dossier, UUID template) {
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossier).with(as(counsellor))
			.with(csrf())
			.param("templateId", template.toString())
			.param("dueDate", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7).toString())))
			.hasStatus3xxRedirection();
		return jdbc.queryForObject("select id from activity.activity where dossier_id = ?", UUID.class, dossier);
	}

	void answer(CurrentUser who, UUID activityId, String text, MockMultipartFile file) {
		assertThat(mvc.perform(multipart("/mon-accompagnement/activites/{id}", activityId).file(file)
			.param("action", "envoyer")
			.param("q_mot", text)
			.param("q_choix", "Temps partiel")
			.param("q_envie", "4")
			.with(as(who))
			.with(csrf()))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from activity.activity where id = ?", String.class, activityId))
			.isEqualTo("SUBMITTED");
	}

	Map<String, byte[]> export(CurrentUser user) throws IOException {
		MvcTestResult result = mvc.post().uri("/compte/mes-donnees").with(as(user)).with(csrf()).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static String text(Map<String, byte[]> entries, String name) {
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

	@Test // #5
	void exportHoldsTheAppointmentsAsTheBeneficiarySeesThemWithoutThePrivateNote() throws IOException {
		String dossiers = text(export(person), "dossiers.json");

		assertThat(dossiers)
			.contains("\"rendezVous\"", SUMMARY, NEXT_STEPS, "Honoré", "Annulé", "Grève des transports",
					"https://visio.example/salle-42", "\"fuseau\" : \"Europe/Paris\"", counsellor.displayName())
			.doesNotContain(PRIVATE_NOTE, OTHER_SUMMARY, otherDossierId.toString());
	}

	@Test // #5
	void exportHoldsTheActivitiesWithTheirAnswersAndAttachedFiles() throws IOException {
		Map<String, byte[]> entries = export(person);
		String dossiers = text(entries, "dossiers.json");

		assertThat(dossiers)
			.contains("\"activites\"", "Mon projet", "Envoyée", "Votre métier rêvé", "Menuisière", "Votre rythme",
					"Temps partiel", "Votre motivation", "4/5", "Votre CV")
			.doesNotContain(OTHER_ANSWER);
		String entry = entries.keySet()
			.stream()
			.filter(name -> name.startsWith("activites/") && name.endsWith("/Mon_CV_ete.pdf"))
			.findFirst()
			.orElseThrow();
		assertThat(entry).startsWith("activites/Mon_projet-");
		assertThat(dossiers).contains("\"" + entry + "\"");
		assertThat(entries.get(entry)).isEqualTo(TestFiles.pdf());
		assertThat(entries.keySet()).noneMatch(name -> name.contains("autre"));
		assertThat(entries.values()).noneMatch(bytes -> java.util.Arrays.equals(bytes, OTHER_PDF));
		for (String name : entries.keySet()) {
			if (name.endsWith(".json")) {
				assertThat(text(entries, name)).doesNotContain(other.email(), other.displayName());
			}
		}
	}

	@Test // #5
	void exportHoldsTheHistoryOfALivingPlanAndTheReferentsComment() throws IOException {
		UUID template = jdbc.queryForObject("select id from activity.template where builtin_key = 'plan-action'",
				UUID.class);
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", template.toString()))).hasStatus3xxRedirection();
		UUID plan = jdbc.queryForObject(
				"select id from activity.activity where dossier_id = ? and template_version_id in "
						+ "(select id from activity.template_version where template_id = ?)",
				UUID.class, dossierId, template);
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", plan).with(as(person))
			.with(csrf())
			.param("action", "envoyer")
			.param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_status", "TODO"))).hasStatus3xxRedirection();
		assertThat(mvc.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, plan).with(as(counsellor))
			.with(csrf())
			.param("decision", "accepter")
			.param("comment", "Beau plan, bravo"))).hasStatus3xxRedirection();
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}/plan", plan).with(as(person))
			.with(csrf())
			.param("q_etapes_0_step", "Contacter un organisme")
			.param("q_etapes_0_status", "DONE"))).hasStatus3xxRedirection();

		Map<String, byte[]> entries = export(person);

		assertThat(text(entries, "dossiers.json")).contains("Validée", "Beau plan, bravo", "\"historiqueDuPlan\"",
				"« Contacter un organisme » : À faire → Fait", person.displayName());
		assertThat(text(entries, "LISEZMOI.txt")).contains("activites/", "rendezVous");
	}

	@Test // #5
	void appointmentsAndActivitiesSpeakThePersonsLanguage() throws IOException {
		jdbc.update("update accounts.user_account set locale = 'en' where id = ?", person.id());

		String dossiers = text(export(person), "dossiers.json");

		assertThat(dossiers).contains("Honoured", "\"etat\" : \"Sent\"").doesNotContain("Honoré", "Envoyée");
	}

}
