package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class AssignmentIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	DossierManagement management;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser genevoisAdmin;

	CurrentUser ofpcAdmin;

	CurrentUser anne;

	CurrentUser julien;

	CurrentUser genevieve;

	CurrentUser person;

	UUID dossierId;

	@BeforeEach
	void aRequestWaitsInTheGenevoisQueue() {
		genevoisAdmin = demo(accounts, "responsable.genevois");
		ofpcAdmin = demo(accounts, "responsable.ofpc");
		anne = demo(accounts, "conseillere.annemasse");
		julien = demo(accounts, "conseiller.stjulien");
		genevieve = demo(accounts, "conseillere.geneve");
		person = AccompanimentTestSupport.newBeneficiary(accounts);
		dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
	}

	@AfterEach
	void backToManualAssignment() {
		UUID genevois = dossiers.findById(dossierId).orElseThrow().getStructureId();
		management.setAutomaticAssignment(genevoisAdmin, genevois, false);
	}

	@Test // #5
	void theStructureAdminAssignsACounsellorAndTheBeneficiaryIsTold() {
		assertThat(mvc.get().uri("/conseil/file").with(as(genevoisAdmin))).hasStatusOk()
			.bodyText()
			.contains("/conseil/dossiers/" + dossierId, "Anne Conseillère (démo)");
		assertThat(mvc.get().uri("/conseil/file").with(as(ofpcAdmin))).hasStatusOk()
			.bodyText()
			.doesNotContain(dossierId.toString());

		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/attribuer", dossierId)
			.param("counsellorId", anne.id().toString())
			.with(as(genevoisAdmin))
			.with(csrf())).hasRedirectedUrl("/conseil/file");
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.OPEN);
		assertThat(dossier.getReferentId()).isEqualTo(anne.id());
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(person.email(), "Un conseiller vous suit") == 1);
		String text = jdbc.queryForObject("select text_body from notifications.outbox_mail where recipient = ?",
				String.class, person.email());
		assertThat(text).contains("Anne Conseillère (démo)", "/mon-accompagnement")
			.doesNotContain("Je voudrais travailler dans le soin", "74100");

		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Ouvert", "Anne Conseillère (démo)", "contact.genevois@demo.boussole.test", "01 99 00 10 10");
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(anne))).hasStatusOk()
			.bodyText()
			.contains(person.displayName());
	}

	@Test // #5
	void anotherStructuresAdminCannotAssignNorSeeTheDossier() {
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/attribuer", dossierId)
			.param("counsellorId", genevieve.id().toString())
			.with(as(ofpcAdmin))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(ofpcAdmin))).hasStatus(404);
		// nor can the right admin give it to a counsellor of another structure
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/attribuer", dossierId)
			.param("counsellorId", genevieve.id().toString())
			.with(as(genevoisAdmin))
			.with(csrf())).hasRedirectedUrl("/conseil/file")
			.flash()
			.containsEntry("flashError", "accompaniment.queue.error.counsellor");
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.REQUESTED);
		assertThat(dossier.getReferentId()).isNull();
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
				Integer.class, dossierId))
			.isEqualTo(1);
	}

	@Test // #5
	void automaticAssignmentGoesToTheCounsellorWithTheLightestCaseload() {
		UUID genevois = dossiers.findById(dossierId).orElseThrow().getStructureId();
		assertThat(mvc.post()
			.uri("/conseil/file/{id}/reglage", genevois)
			.param("automatic", "true")
			.with(as(genevoisAdmin))
			.with(csrf())).hasRedirectedUrl("/conseil/file");
		List<UUID> counsellors = network.counsellorsOf(genevois);
		Map<UUID, Long> loads = management.openCaseloads(counsellors);
		UUID lightest = counsellors.stream().reduce((a, b) -> loads.get(b) < loads.get(a) ? b : a).orElseThrow();

		CurrentUser other = AccompanimentTestSupport.newBeneficiary(accounts);
		mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validRequest("74100"))
			.with(as(other))
			.with(csrf())
			.exchange();
		Dossier dossier = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(other.id()).get(0);
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.OPEN);
		assertThat(dossier.getReferentId()).isEqualTo(lightest);
		assertThat(management.openCaseloads(counsellors).get(lightest)).isEqualTo(loads.get(lightest) + 1);

		// another structure's admin cannot change the setting
		assertThat(mvc.post()
			.uri("/conseil/file/{id}/reglage", genevois)
			.param("automatic", "false")
			.with(as(ofpcAdmin))
			.with(csrf())).hasStatus(404);
		assertThat(management.isAutomatic(genevois)).isTrue();
	}

	@Test // #5
	void aChangeOfReferentKeepsTheHistoryAndTellsTheBeneficiary() {
		management.assign(genevoisAdmin, dossierId, anne.id());
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/referent", dossierId)
			.param("counsellorId", julien.id().toString())
			.param("note", "")
			.with(as(genevoisAdmin))
			.with(csrf())).flash().containsEntry("flashError", "accompaniment.dossier.error.handover");
		assertThat(dossiers.findById(dossierId).orElseThrow().getReferentId()).isEqualTo(anne.id());

		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/referent", dossierId)
			.param("counsellorId", julien.id().toString())
			.param("note", "Anne part en congé ; projet de formation en cours.")
			.with(as(genevoisAdmin))
			.with(csrf())).hasRedirectedUrl("/conseil/dossiers/" + dossierId);
		assertThat(dossiers.findById(dossierId).orElseThrow().getReferentId()).isEqualTo(julien.id());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mails(person.email(), "Un nouveau conseiller vous suit") == 1);

		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(julien))).hasStatusOk()
			.bodyText()
			.contains("Anne part en congé", "Changement de conseiller référent", "Anne Conseillère (démo)");
		// the beneficiary sees who follows them now, not the handover note
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Julien Conseiller (démo)")
			.doesNotContain("Anne part en congé");
		// Anne no longer sees the dossier
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatus(404);
	}

	@Test // #5
	void theReferentClosesAndReopensAndTheAdminSeesTheAccessLog() {
		management.assign(genevoisAdmin, dossierId, anne.id());
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/cloturer", dossierId)
			.param("outcome", "TRAINING_STARTED")
			.with(as(anne))
			.with(csrf())).hasRedirectedUrl("/conseil/dossiers/" + dossierId);
		Dossier closed = dossiers.findById(dossierId).orElseThrow();
		assertThat(closed.getStatus()).isEqualTo(DossierStatus.CLOSED);
		assertThat(closed.getOutcome()).isEqualTo(Outcome.TRAINING_STARTED);
		assertThat(mvc.post().uri("/conseil/dossiers/{id}/rouvrir", dossierId).with(as(anne)).with(csrf()))
			.hasRedirectedUrl("/conseil/dossiers/" + dossierId);
		assertThat(dossiers.findById(dossierId).orElseThrow().getStatus()).isEqualTo(DossierStatus.OPEN);

		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatusOk()
			.bodyText()
			.doesNotContain("Consultations du dossier");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(genevoisAdmin))).hasStatusOk()
			.bodyText()
			.contains("Consultations du dossier", "Clôture", "Réouverture", "Consultation", "Anne Conseillère (démo)");
	}

	private int mails(String recipient, String subject) {
		return jdbc.queryForObject("select count(*) from notifications.outbox_mail where recipient = ? and subject = ?",
				Integer.class, recipient, subject);
	}

}
