package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The two ways into private notes that security testers found, closed and tried as the
 * people involved would: a counsellor removed from a structure, and an account made staff
 * by a structure admin to read the notes about itself.
 */
@AppIntegrationTest
class StaffMembershipAccessIntegrationTests {

	private static final String SECRET = "Note privée : fragilité à ne pas partager";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	NetworkManagement network;

	@Autowired
	JdbcTemplate jdbc;

	TeamSteps team;

	CurrentUser admin;

	CurrentUser anne;

	UUID genevois;

	@BeforeEach
	void theGenevoisTeam() {
		team = new TeamSteps(mvc, jdbc);
		admin = demo(accounts, "responsable.genevois");
		anne = demo(accounts, "conseillere.annemasse");
		genevois = network.administeredBy(admin.id()).stream().map(StructureSummary::id).findFirst().orElseThrow();
	}

	@Test // #21
	void aCounsellorRemovedFromTheStructureLosesTheDossiersAtOnceAndTheyGoBackToTheQueue() {
		// a counsellor who also works for the OFPC, so that they keep their role
		CurrentUser counsellor = newStaff(Role.COUNSELLOR);
		team.join(admin, genevois, counsellor, "COUNSELLOR");
		CurrentUser ofpcAdmin = demo(accounts, "responsable.ofpc");
		team.join(ofpcAdmin, network.administeredBy(ofpcAdmin.id()).get(0).id(), counsellor, "COUNSELLOR");
		UUID dossierId = followedBy(counsellor);
		assertThat(writeNote(counsellor, dossierId)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(counsellor))).hasStatusOk()
			.bodyText()
			.contains(SECRET);

		team.remove(admin, genevois, counsellor, "COUNSELLOR", null, null);

		// the session they had is over
		var old = mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(counsellor)).exchange();
		assertThat(old.getResponse().getRedirectedUrl()).isEqualTo("/connexion?fin");
		// logged in again, still a counsellor elsewhere: the dossier does not exist for
		// them
		CurrentUser again = TeamSteps.loggedInAgain(counsellor, jdbc);
		assertThat(again.roles()).contains(Role.COUNSELLOR);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(again))).hasStatus(404);
		assertThat(writeNote(again, dossierId)).hasStatus(404);
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(again))).hasStatusOk()
			.bodyText()
			.doesNotContain(dossierId.toString());
		assertThat(notes(dossierId)).isEqualTo(1);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Dossier dossier = dossiers.findById(dossierId).orElseThrow();
			assertThat(dossier.getStatus()).isEqualTo(DossierStatus.REQUESTED);
			assertThat(dossier.getReferentId()).isNull();
		});
		assertThat(mvc.get().uri("/conseil/file").with(as(admin))).hasStatusOk()
			.bodyText()
			.contains(dossierId.toString());
		assertThat(events(dossierId, "RETURNED_TO_QUEUE")).isEqualTo(1);
	}

	@Test // #21
	void removingTheLastMembershipTakesTheRoleAwayAndAHandoverGivesTheDossiersToTheOneChosen() {
		CurrentUser counsellor = newStaff(Role.COUNSELLOR);
		team.join(admin, genevois, counsellor, "COUNSELLOR");
		UUID dossierId = followedBy(counsellor);

		team.remove(admin, genevois, counsellor, "COUNSELLOR", anne, "Elle attend une réponse sur sa formation.");

		CurrentUser again = TeamSteps.loggedInAgain(counsellor, jdbc);
		assertThat(again.roles()).doesNotContain(Role.COUNSELLOR).contains(Role.BENEFICIARY);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(again))).hasStatus(403);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(dossiers.findById(dossierId).orElseThrow().getReferentId()).isEqualTo(anne.id()));
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatusOk()
			.bodyText()
			.contains("Elle attend une réponse sur sa formation.");
	}

	@Test // #21
	void aHandoverToSomeoneWhoIsNotACounsellorOfTheStructureIsRefusedAndChangesNothing() {
		CurrentUser counsellor = newStaff(Role.COUNSELLOR);
		team.join(admin, genevois, counsellor, "COUNSELLOR");
		UUID membership = team.membership(counsellor, genevois, "COUNSELLOR");
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe/{m}/retirer", genevois, membership)
			.param("handoverTo", demo(accounts, "conseillere.geneve").id().toString())
			.param("note", "Reprise")
			.with(as(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choisissez un conseiller ou une conseillère de la structure");
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe/{m}/retirer", genevois, membership)
			.param("handoverTo", anne.id().toString())
			.param("note", "  ")
			.with(as(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Écrivez une note de passation");
		assertThat(team.membershipStatus(counsellor, genevois, "COUNSELLOR")).isEqualTo("ACTIVE");
	}

	@Test // #21
	void anAccountInvitedToATeamGetsNothingUntilItAcceptsAndIsNeverStaffOnItsOwnDossier() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		UUID ownDossier = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(admin, ownDossier, anne.id());
		writeNote(anne, ownDossier);

		team.invite(admin, genevois, person, "COUNSELLOR");
		assertThat(team.membershipStatus(person, genevois, "COUNSELLOR")).isEqualTo("INVITED");
		assertThat(accounts.findById(person.id()).orElseThrow().roles()).containsExactly(Role.BENEFICIARY);
		assertThat(network.counsellorsOf(genevois)).doesNotContain(person.id());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"select count(*) from notifications.outbox_mail where recipient = ? and subject like 'Invitation%équipe%'",
					Integer.class, person.email()))
				.isEqualTo(1));

		// the person sees the invitation, which nobody else can answer
		assertThat(mvc.get().uri("/compte/equipes").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("MIFE du Genevois français (démo)");
		assertThat(mvc.post()
			.uri("/compte/equipes/{id}/accepter", team.membership(person, genevois, "COUNSELLOR"))
			.with(as(admin))
			.with(csrf())).hasStatus(404);
		team.accept(person, genevois, "COUNSELLOR");
		CurrentUser staff = TeamSteps.loggedInAgain(person, jdbc);
		assertThat(staff.roles()).contains(Role.COUNSELLOR);

		// made referent of their own dossier: refused, even through a handover
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/referent", ownDossier)
			.param("counsellorId", person.id().toString())
			.param("note", "Reprise")
			.with(as(admin))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(dossiers.findById(ownDossier).orElseThrow().getReferentId()).isEqualTo(anne.id());
		// and should it be so in the data, their own dossier does not exist for them as
		// staff
		jdbc.update("update accompaniment.dossier set referent_id = ? where id = ?", person.id(), ownDossier);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", ownDossier).with(as(staff))).hasStatus(404);
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(staff))).hasStatusOk().bodyText().doesNotContain(SECRET);
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(staff))).hasStatusOk()
			.bodyText()
			.doesNotContain(SECRET);
		jdbc.update("update accompaniment.dossier set referent_id = ? where id = ?", anne.id(), ownDossier);
	}

	@Test // #21
	void aStructureAdminWhoAsksForAccompanimentDoesNotSeeTheirOwnRequestAsStaff() {
		CurrentUser colleague = newStaff(Role.STRUCTURE_ADMIN);
		team.join(admin, genevois, colleague, "STRUCTURE_ADMIN");
		CurrentUser asAdmin = TeamSteps.loggedInAgain(colleague, jdbc);
		UUID own = management.request(colleague.id(), AccompanimentTestSupport.details("74100"));
		assertThat(mvc.get().uri("/conseil/file").with(as(asAdmin))).hasStatusOk()
			.bodyText()
			.doesNotContain(own.toString());
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", own).with(as(asAdmin))).hasStatus(404);
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/attribuer", own)
			.param("counsellorId", anne.id().toString())
			.with(as(asAdmin))
			.with(csrf())).hasStatus(404);
		assertThat(dossiers.findById(own).orElseThrow().getStatus()).isEqualTo(DossierStatus.REQUESTED);
		assertThat(mvc.get().uri("/conseil/file").with(as(admin))).hasStatusOk().bodyText().contains(own.toString());
	}

	private CurrentUser newStaff(Role role) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return AccompanimentTestSupport.user(accounts.createActiveAccount("equipe-" + id + "@accompaniment.test",
				"Équipe " + id, EnumSet.of(role), AccompanimentTestSupport.PASSWORD));
	}

	private UUID followedBy(CurrentUser counsellor) {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		UUID dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(admin, dossierId, counsellor.id());
		return dossierId;
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult writeNote(CurrentUser author, UUID dossierId) {
		return mvc.post()
			.uri("/conseil/dossiers/{id}/notes", dossierId)
			.param("dossier", dossierId.toString())
			.param("text", SECRET)
			.param("visibility", "PRIVATE")
			.with(as(author))
			.with(csrf())
			.exchange();
	}

	private int notes(UUID dossierId) {
		return jdbc.queryForObject("select count(*) from accompaniment.note where dossier_id = ?", Integer.class,
				dossierId);
	}

	private int events(UUID dossierId, String type) {
		return jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ? and type = ?",
				Integer.class, dossierId, type);
	}

}
