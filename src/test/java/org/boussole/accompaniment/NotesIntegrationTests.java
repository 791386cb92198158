package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Private notes stay with the team, on every page and in every piece of data the
 * beneficiary sees; shared summaries reach the beneficiary; only the dossier's staff
 * write them, in open dossiers, and a refused note leaves nothing behind.
 */
@AppIntegrationTest
class NotesIntegrationTests {

	private static final String SECRET = "Secret d'équipe <script>alert(1)</script>";

	private static final String SUMMARY = "Compte rendu : entretien du mardi\nÀ faire : CV";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser anne;

	CurrentUser person;

	UUID dossierId;

	@BeforeEach
	void aDossierFollowedByAnne() {
		anne = demo(accounts, "conseillere.annemasse");
		person = AccompanimentTestSupport.newBeneficiary(accounts);
		dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(demo(accounts, "responsable.genevois"), dossierId, anne.id());
	}

	@Test // #5
	void privateNotesNeverReachTheBeneficiaryAndSummariesDo() {
		assertThat(write(anne, SECRET, "PRIVATE")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.note.saved");
		assertThat(write(anne, SUMMARY, "SHARED")).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatusOk()
			.body()
			.asString()
			.contains("Secret d&#39;équipe &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("entretien du mardi\nÀ faire : CV")
			.contains("Note privée de l&#39;équipe")
			.contains("Compte rendu partagé");

		for (String page : new String[] { "/mon-accompagnement", "/mon-accompagnement/messages" }) {
			assertThat(mvc.get().uri(page).with(as(person))).hasStatusOk()
				.bodyText()
				.doesNotContain("Secret")
				.doesNotContain("Note privée");
		}
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).bodyText()
			.contains("entretien du mardi")
			.contains("Compte rendu partagé");
		// the beneficiary's own data: the timeline they see and the mail they get
		assertThat(jdbc.queryForObject("select count(*) from notifications.outbox_mail where text_body like ?",
				Integer.class, "%Secret%"))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.dossier_event where dossier_id = ? and type = 'NOTE_ADDED' and note is null",
				Integer.class, dossierId))
			.isEqualTo(1);
	}

	@Test // #5
	void strangersAndOtherDossiersFormsAreRefusedAndNothingIsStored() {
		UUID otherDossier = management.request(AccompanimentTestSupport.newBeneficiary(accounts).id(),
				AccompanimentTestSupport.details("74100"));
		for (CurrentUser stranger : new CurrentUser[] { demo(accounts, "conseiller.stjulien"),
				demo(accounts, "responsable.ofpc"), demo(accounts, "conseiller.chambery") }) {
			assertThat(write(stranger, SECRET, "PRIVATE")).hasStatus(404);
			assertThat(write(stranger, "", "PRIVATE")).hasStatus(404);
		}
		assertThat(write(person, SECRET, "SHARED")).hasStatus(403);
		// the form of another dossier sent to this dossier's address
		assertThat(mvc.post()
			.uri("/conseil/dossiers/{id}/notes", dossierId)
			.param("dossier", otherDossier.toString())
			.param("text", SECRET)
			.param("visibility", "PRIVATE")
			.with(as(anne))
			.with(csrf())).hasStatus(404);
		assertThat(notes()).isZero();
		assertThat(events()).isEqualTo(2);
	}

	@Test // #5
	void badTextsAndClosedDossiersStoreNothingAndSayWhy() {
		MvcTestResult empty = write(anne, "   ", "PRIVATE");
		assertThat(empty).hasStatus3xxRedirection().flash().containsKey("noteForm");
		assertThat(write(anne, "a".repeat(10_001), "SHARED")).hasStatus3xxRedirection().flash().containsKey("noteForm");
		assertThat(write(anne, "Texte", "PUBLIC")).hasStatus3xxRedirection().flash().containsKey("noteForm");
		assertThat(mvc.get()
			.uri("/conseil/dossiers/{id}", dossierId)
			.with(as(anne))
			.flashAttrs(empty.getMvcResult().getFlashMap())).hasStatusOk()
			.body()
			.asString()
			.contains("Écrivez le texte de la note.")
			.contains("aria-invalid=\"true\"");
		management.close(anne, dossierId, Outcome.JOB_FOUND, null);
		assertThat(write(anne, "Après clôture", "PRIVATE")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", "accompaniment.note.error.status");
		assertThat(notes()).isZero();
	}

	private MvcTestResult write(CurrentUser user, String text, String visibility) {
		return mvc.post()
			.uri("/conseil/dossiers/{id}/notes", dossierId)
			.param("dossier", dossierId.toString())
			.param("text", text)
			.param("visibility", visibility)
			.with(as(user))
			.with(csrf())
			.exchange();
	}

	private int notes() {
		return jdbc.queryForObject("select count(*) from accompaniment.note where dossier_id = ?", Integer.class,
				dossierId);
	}

	private int events() {
		return jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
				Integer.class, dossierId);
	}

}
