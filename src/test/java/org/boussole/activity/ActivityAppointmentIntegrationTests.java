package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The appointment an activity prepares or follows up: the referent chooses one of the
 * dossier's appointments when giving it (never one of another dossier), the appointment
 * page lists the activity on both sides, and the activity page shows the appointment.
 */
@AppIntegrationTest
class ActivityAppointmentIntegrationTests extends ActivityDossierFixture {

	UUID appointmentId;

	@BeforeEach
	void aPersonWithAnAppointmentComing() {
		appointmentId = appointment(dossierId, counsellor, person, 3);
	}

	UUID appointment(UUID dossier, CurrentUser referent, CurrentUser beneficiary, int inDays) {
		return appointment(dossier, referent, beneficiary, inDays, "BOOKED");
	}

	UUID appointment(UUID dossier, CurrentUser referent, CurrentUser beneficiary, int inDays, String status) {
		UUID id = UUID.randomUUID();
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(inDays));
		jdbc.update("""
				insert into accompaniment.appointment (id, dossier_id, counsellor_id, beneficiary_id, start_at, end_at,
				zone, mode, video_link, status, sequence, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, 'Europe/Paris', 'VIDEO', ?, ?, 0, now(), now(), 0)""", id, dossier,
				referent.id(), beneficiary.id(), Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1))),
				"https://meet.jit.si/boussole-" + id, status);
		return id;
	}

	MvcTestResult assignFor(String appointment) {
		return mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", builtIn("premier-entretien").toString())
			.param("appointmentId", appointment));
	}

	int activities() {
		return jdbc.queryForObject("select count(*) from activity.activity where dossier_id = ?", Integer.class,
				dossierId);
	}

	UUID latestActivity() {
		return jdbc.queryForObject(
				"select id from activity.activity where dossier_id = ? order by assigned_at desc limit 1", UUID.class,
				dossierId);
	}

	@Test // #2
	void theReferentChoosesOneOfTheDossiersAppointmentsForANewActivity() {
		assertThat(mvc.perform(get("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor)))).bodyText()
			.contains("Rendez-vous préparé ou suivi", appointmentId.toString(), "En visio");

		assertThat(assignFor(appointmentId.toString())).hasStatus3xxRedirection();

		UUID activityId = latestActivity();
		assertThat(jdbc.queryForObject("select appointment_id from activity.activity where id = ?", UUID.class,
				activityId))
			.isEqualTo(appointmentId);
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))))
			.bodyText()
			.contains("Voir le rendez-vous", "/conseil/rendez-vous/" + appointmentId, "En visio");
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("Voir le rendez-vous", "/mon-accompagnement/rendez-vous/" + appointmentId);
	}

	@Test // #2
	void anActivityNeedsNoAppointment() {
		assertThat(assignFor("")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select appointment_id from activity.activity where id = ?", UUID.class,
				latestActivity()))
			.isNull();
	}

	@Test // #2
	void anAppointmentOfAnotherDossierIsRefusedAndNothingIsStored() {
		CurrentUser other = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		UUID otherDossier = AppointmentTestDossiers.openDossier(context, other.id(), counsellor.id());
		UUID otherAppointment = appointment(otherDossier, counsellor, other, 4);
		int before = activities();

		assertThat(assignFor(otherAppointment.toString())).hasStatus(422)
			.bodyText()
			.contains("Choisissez un rendez-vous de ce dossier")
			.doesNotContain(otherAppointment.toString());
		assertThat(assignFor("pas-un-identifiant")).hasStatus(422)
			.bodyText()
			.contains("Choisissez un rendez-vous de ce dossier");
		assertThat(activities()).isEqualTo(before);
	}

	@Test // #2
	void aCancelledOrLongPastAppointmentIsNeitherOfferedNorAccepted() {
		UUID cancelled = appointment(dossierId, counsellor, person, 5, "CANCELLED");
		UUID old = appointment(dossierId, counsellor, person, -90, "HONOURED");
		UUID recent = appointment(dossierId, counsellor, person, -7, "HONOURED");

		assertThat(mvc.perform(get("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor)))).bodyText()
			.contains(recent.toString(), appointmentId.toString())
			.doesNotContain(cancelled.toString(), old.toString());
		assertThat(assignFor(cancelled.toString())).hasStatus(422);
		assertThat(assignFor(old.toString())).hasStatus(422);
		assertThat(assignFor(recent.toString())).hasStatus3xxRedirection();
	}

	@Test // #2
	void theAppointmentPageListsTheActivityOnBothSidesAndToNoOneElse() {
		assertThat(assignFor(appointmentId.toString())).hasStatus3xxRedirection();
		UUID activityId = latestActivity();
		jdbc.update("update activity.activity set status = 'SUBMITTED', submitted_at = now() where id = ?", activityId);

		assertThat(mvc.perform(get("/conseil/rendez-vous/{id}", appointmentId).with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Préparer mon premier entretien", "envoyée le",
					"/conseil/dossiers/" + dossierId + "/activites/" + activityId);
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/{id}", appointmentId).with(as(person))))
			.hasStatusOk()
			.bodyText()
			.contains("Préparer mon premier entretien", "envoyée le", "/mon-accompagnement/activites/" + activityId);

		CurrentUser stranger = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		CurrentUser otherCounsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/{id}", appointmentId).with(as(stranger))))
			.hasStatus(404);
		assertThat(mvc.perform(get("/conseil/rendez-vous/{id}", appointmentId).with(as(otherCounsellor))))
			.hasStatus(404);
	}

}
