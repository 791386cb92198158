package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The PDF of a completed activity: the person and the referent download it once the
 * answers are sent; it holds the answers with their accents and the referent's comment;
 * anyone else is refused.
 */
@AppIntegrationTest
class ActivityPdfIntegrationTests extends ActivityDossierFixture {

	static final String SITUATION = "Je suis aide-soignante à Évian, j'aimerais évoluer vers l'éducation spécialisée (« œuvrer » auprès des élèves).";

	UUID activityId;

	@BeforeEach
	void anActivityGivenToAPerson() {
		activityId = assign(builtIn("premier-entretien"), "instructions", "Prenez votre temps.", "dueDate", "");
	}

	String beneficiaryPdf() {
		return "/mon-accompagnement/activites/" + activityId + "/pdf";
	}

	String staffPdf() {
		return "/conseil/dossiers/" + dossierId + "/activites/" + activityId + "/pdf";
	}

	void send() {
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "envoyer")
			.param("q_situation", SITUATION)
			.param("q_attentes", "Me former"))).hasStatus3xxRedirection();
	}

	static String text(MvcTestResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("activite-preparer-mon-premier-entretien.pdf");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test // #2
	void theSentAnswersAreDownloadedAsAPdfWithTheirAccentsThenWithTheComment() throws Exception {
		// nothing to print before the answers are sent
		assertThat(mvc.perform(get(beneficiaryPdf()).with(as(person)))).hasStatus(404);
		assertThat(mvc.perform(get(staffPdf()).with(as(counsellor)))).hasStatus(404);
		send();

		String forPerson = text(mvc.perform(get(beneficiaryPdf()).with(as(person))));
		assertThat(forPerson).contains("Préparer mon premier entretien")
			.contains("Activité de " + ActivityPdf.firstName(person.displayName()))
			.contains("Quelle est votre situation actuelle")
			.contains("aide-soignante à Évian, j'aimerais évoluer vers l'éducation spécialisée")
			.contains("« œuvrer » auprès des élèves")
			.contains("Me former")
			.contains("Prenez votre temps.");

		assertThat(mvc
			.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(counsellor))
				.with(csrf())
				.param("decision", "accepter")
				.param("comment", "Très complet, à bientôt pour l'entretien !")))
			.hasStatus3xxRedirection();
		String forReferent = text(mvc.perform(get(staffPdf()).with(as(counsellor))));
		assertThat(forReferent).contains("aide-soignante à Évian")
			.contains("Très complet, à bientôt pour l'entretien !")
			.contains("Relue le");
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))))
			.bodyText()
			.contains(staffPdf());
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains(beneficiaryPdf());
	}

	@Test // #2
	void strangersCannotDownloadThePdf() {
		send();
		CurrentUser otherCounsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		CurrentUser otherPerson = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		UUID otherDossier = AppointmentTestDossiers.openDossier(context, otherPerson.id(), otherCounsellor.id());
		assertThat(mvc.perform(get(staffPdf()).with(as(otherCounsellor)))).hasStatus(404);
		// the address of the other counsellor's own dossier does not lead to this
		// activity
		assertThat(mvc.perform(get("/conseil/dossiers/" + otherDossier + "/activites/" + activityId + "/pdf")
			.with(as(otherCounsellor)))).hasStatus(404);
		assertThat(mvc.perform(get(beneficiaryPdf()).with(as(otherPerson)))).hasStatus(404);
		assertThat(mvc.perform(get(staffPdf()).with(as(person)))).hasStatus(403);
		// the address of the person knows only the activities of the person logged in
		assertThat(mvc.perform(get(beneficiaryPdf()).with(as(counsellor)))).hasStatus(404);
		assertThat(mvc.perform(get(beneficiaryPdf()))).hasStatus3xxRedirection();
		assertThat(mvc.perform(get(staffPdf()))).hasStatus3xxRedirection();
	}

	@Test // #2
	void theFileNameIsPlainFrenchAndTheFirstNameIsTheFirstWord() {
		assertThat(ActivityPdf.fileName("Mes centres d'intérêt")).isEqualTo("activite-mes-centres-d-interet.pdf");
		assertThat(ActivityPdf.fileName("<script>")).isEqualTo("activite-script.pdf");
		assertThat(ActivityPdf.fileName("«»")).isEqualTo("activite.pdf");
		assertThat(ActivityPdf.firstName("  Élodie Martin ")).isEqualTo("Élodie");
	}

}
