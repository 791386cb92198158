package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.ActivityTestDossiers;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountClosed;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.shared.BoussoleSettings;
import org.boussole.shared.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents attached to the FILE questions of an activity: checked by their content, kept
 * in the data directory, removed or replaced before sending, served only to the
 * beneficiary, the referent and the admins of the structure, listed in the review and the
 * PDF, refused with a French message (and nothing stored) when they are not documents,
 * too large, empty, on the wrong question, too late, and removed with the account.
 */
@AppIntegrationTest
class ActivityFilesIntegrationTests extends ActivityDossierFixture {

	static final String TEMPLATE = """
			{"title": "Mes documents", "sections": [{"title": "Documents", "questions": [
			{"id": "cv", "label": "Votre CV", "type": "FILE", "required": true, "maxItems": 2},
			{"id": "photo", "label": "Une photo", "type": "FILE", "maxItems": 1, "maxSizeKb": 100},
			{"id": "texte", "label": "Un mot", "type": "SHORT_TEXT"}]}]}""";

	@Autowired
	BoussoleSettings settings;

	UUID activityId;

	@BeforeEach
	void anActivityWithFileQuestions() {
		UUID template = context.getBean(TemplateLibrary.class).importTemplate(counsellor, TEMPLATE, "COUNSELLOR");
		activityId = assign(template, "dueDate", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7).toString());
	}

	MockMultipartHttpServletRequestBuilder form(String action, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder form = multipart("/mon-accompagnement/activites/{id}", activityId);
		Arrays.stream(files).forEach(form::file);
		form.param("action", action);
		form.with(as(person)).with(csrf());
		return form;
	}

	static MockMultipartFile file(String field, String name, byte[] content) {
		return new MockMultipartFile(field, name, "application/octet-stream", content);
	}

	int fileCount() {
		return jdbc.queryForObject("select count(*) from activity.activity_file where activity_id = ?", Integer.class,
				activityId);
	}

	UUID firstFile() {
		return jdbc.queryForObject(
				"select id from activity.activity_file where activity_id = ? order by uploaded_at, id limit 1",
				UUID.class, activityId);
	}

	Path stored(UUID fileId) {
		return settings.resolve("activity-files")
			.resolve(jdbc.queryForObject("select stored_name from activity.activity_file where id = ?", String.class,
					fileId));
	}

	long filesOnDisk() throws Exception {
		Path folder = settings.resolve("activity-files");
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (var files = Files.list(folder)) {
			return files.count();
		}
	}

	@Test // #2
	void aDocumentIsAttachedCheckedAndServedOnlyToThePeopleOfTheDossier() throws Exception {
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("enctype=\"multipart/form-data\"")
			.contains("type=\"file\"")
			.contains("Votre CV");
		assertThat(mvc
			.perform(form("enregistrer", file("q_cv", "Mon CV.pdf", TestFiles.pdf())).param("q_texte", "Bonjour")))
			.hasStatus3xxRedirection();
		assertThat(fileCount()).isEqualTo(1);
		UUID fileId = firstFile();
		assertThat(stored(fileId)).exists().hasBinaryContent(TestFiles.pdf());
		assertThat(jdbc.queryForObject("select content_type from activity.activity_file where id = ?", String.class,
				fileId))
			.isEqualTo("application/pdf");
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("Mon CV.pdf")
			.contains("/mon-accompagnement/activites/" + activityId + "/fichiers/" + fileId);

		MvcTestResult own = mvc
			.perform(get("/mon-accompagnement/activites/{id}/fichiers/{f}", activityId, fileId).with(as(person)));
		assertThat(own).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(own.getResponse().getHeader("Content-Disposition")).startsWith("attachment;").contains("Mon CV.pdf");
		assertThat(own.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.pdf());
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}/fichiers/{f}", dossierId, activityId, fileId)
			.with(as(counsellor)))).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");

		// another beneficiary, another counsellor, a wrong dossier, nobody: no file
		CurrentUser other = ActivityTestSupport.newAccount(accounts, "autre", Role.BENEFICIARY);
		AppointmentTestDossiers.openDossier(context, other.id(), counsellor.id());
		CurrentUser stranger = ActivityTestSupport.newAccount(accounts, "autreconseiller", Role.COUNSELLOR);
		assertThat(
				mvc.perform(get("/mon-accompagnement/activites/{id}/fichiers/{f}", activityId, fileId).with(as(other))))
			.hasStatus(404);
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}/fichiers/{f}", dossierId, activityId, fileId)
			.with(as(stranger)))).hasStatus(404);
		assertThat(mvc
			.perform(get("/conseil/dossiers/{d}/activites/{id}/fichiers/{f}", UUID.randomUUID(), activityId, fileId)
				.with(as(counsellor))))
			.hasStatus(404);
		assertThat(mvc.perform(
				get("/mon-accompagnement/activites/{id}/fichiers/{f}", activityId, UUID.randomUUID()).with(as(person))))
			.hasStatus(404);
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}/fichiers/{f}", activityId, fileId)))
			.hasStatus3xxRedirection();
		// nor can a stranger attach or remove one
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "x.pdf", TestFiles.pdf())).with(as(other))))
			.hasStatus(404);
		assertThat(mvc.perform(form("enregistrer").param("retirer", fileId.toString()).with(as(other)))).hasStatus(404);
		assertThat(fileCount()).isEqualTo(1);
	}

	@Test // #2
	void filesThatAreNotDocumentsAreRefusedWithAFrenchMessageAndNothingIsStored() throws Exception {
		long before = filesOnDisk();
		assertThat(mvc.perform(
				form("enregistrer", file("q_cv", "cv.pdf", TestFiles.exe())).param("q_texte", "Texte à ne pas garder")))
			.hasStatus(422)
			.bodyText()
			.contains("le contenu du fichier ne correspond pas à son nom")
			.contains("aria-invalid=\"true\"");
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "page.docx", TestFiles.html())))).hasStatus(422)
			.bodyText()
			.contains("page.docx");
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "programme.exe", TestFiles.exe())))).hasStatus(422)
			.bodyText()
			.contains("ce type de fichier");
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "vide.pdf", new byte[0])))).hasStatus(422)
			.bodyText()
			.contains("« vide.pdf » est vide.");
		byte[] huge = new byte[50 * 1024 * 1024];
		System.arraycopy(TestFiles.pdf(), 0, huge, 0, TestFiles.pdf().length);
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "enorme.pdf", huge)))).hasStatus(422)
			.bodyText()
			.contains("« enorme.pdf » dépasse 10 Mo.");
		byte[] big = Arrays.copyOf(TestFiles.png(), 200 * 1024);
		assertThat(mvc.perform(form("enregistrer", file("q_photo", "photo.png", big)))).hasStatus(422)
			.bodyText()
			.contains("dépasse la taille permise pour cette question (100 Ko)");
		assertThat(mvc.perform(form("enregistrer", file("q_texte", "cv.pdf", TestFiles.pdf())))).hasStatus(422)
			.bodyText()
			.contains("pour une question qui n");
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "a.pdf", TestFiles.pdf()),
				file("q_cv", "b.pdf", TestFiles.pdf()), file("q_cv", "c.pdf", TestFiles.pdf()))))
			.hasStatus(422)
			.bodyText()
			.contains("Joignez 2 fichier(s) au plus à cette question.");
		// one good file with a bad one: neither is kept
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "bon.pdf", TestFiles.pdf()),
				file("q_photo", "x.png", TestFiles.exe()))))
			.hasStatus(422);
		assertThat(fileCount()).isZero();
		assertThat(filesOnDisk()).isEqualTo(before);
		// where the container refused the body, the page says why
		assertThat(mvc
			.perform(get("/mon-accompagnement/activites/{id}", activityId).param("trop-lourd", "").with(as(person))))
			.bodyText()
			.contains("Les fichiers envoyés étaient trop lourds");
		assertThat(jdbc.queryForObject("select answers from activity.activity where id = ?", String.class, activityId))
			.isEqualTo("{}");
	}

	@Test // #2
	void aFileIsRemovedOrReplacedBeforeSendingThenListedInTheReviewAndThePdf() throws Exception {
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "ancien.pdf", TestFiles.pdf()))))
			.hasStatus3xxRedirection();
		UUID old = firstFile();
		Path oldPath = stored(old);
		// sending without... the required CV is there, so first remove it: then sending
		// is
		// refused
		assertThat(mvc.perform(form("enregistrer").param("retirer", old.toString()))).hasStatus3xxRedirection();
		assertThat(fileCount()).isZero();
		await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(oldPath));
		assertThat(mvc.perform(form("envoyer"))).hasStatus(422).bodyText().contains("Cette question est obligatoire.");
		assertThat(mvc.perform(form("enregistrer").param("retirer", UUID.randomUUID().toString()))).hasStatus(422);

		assertThat(mvc.perform(form("envoyer", file("q_cv", "nouveau.docx", TestFiles.docx()),
				file("q_photo", "moi.jpg", TestFiles.jpeg()))
			.param("q_texte", "Voici"))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from activity.activity where id = ?", String.class, activityId))
			.isEqualTo("SUBMITTED");
		assertThat(fileCount()).isEqualTo(2);

		// once sent, nothing more is attached or removed
		UUID sent = firstFile();
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "tard.pdf", TestFiles.pdf())))).hasStatus(422)
			.bodyText()
			.contains("Cette activité a déjà été envoyée");
		assertThat(mvc.perform(form("enregistrer").param("retirer", sent.toString()))).hasStatus(422);
		assertThat(fileCount()).isEqualTo(2);

		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(counsellor))))
			.bodyText()
			.contains("nouveau.docx")
			.contains("moi.jpg")
			.contains("/conseil/dossiers/" + dossierId + "/activites/" + activityId + "/fichiers/" + sent);
		MvcTestResult pdf = mvc
			.perform(get("/conseil/dossiers/{d}/activites/{id}/pdf", dossierId, activityId).with(as(counsellor)));
		assertThat(pdf).hasStatusOk();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("nouveau.docx").contains("moi.jpg");
		}
	}

	@Test // #2
	void noFileIsAttachedAfterTheDueDateNorOnceTheDossierIsClosed() {
		jdbc.update("update activity.activity set due_date = ? where id = ?",
				LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(2), activityId);
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "cv.pdf", TestFiles.pdf())))).hasStatus(422)
			.bodyText()
			.contains("aucun fichier ne peut plus y être joint");
		jdbc.update("update activity.activity set due_date = null where id = ?", activityId);
		ActivityTestDossiers.close(context, dossierId);
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "cv.pdf", TestFiles.pdf())))).hasStatus(422)
			.bodyText()
			.contains("Votre accompagnement est clos");
		assertThat(fileCount()).isZero();
	}

	@Test // #2
	void theAutosaveIgnoresFilesAndKeepsTheAnswers() {
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "cv.pdf", TestFiles.pdf())).header("X-Autosave", "1")
			.param("q_texte", "Brouillon"))).hasStatus(204);
		assertThat(fileCount()).isZero();
		assertThat(jdbc.queryForObject("select answers from activity.activity where id = ?", String.class, activityId))
			.contains("Brouillon");
	}

	@Test // #2
	void closingTheAccountRemovesTheAttachedFiles() throws Exception {
		assertThat(mvc.perform(form("enregistrer", file("q_cv", "cv.pdf", TestFiles.pdf())))).hasStatus3xxRedirection();
		Path path = stored(firstFile());
		context.getBean(TransactionTemplate.class)
			.executeWithoutResult(status -> context.publishEvent(new AccountClosed(person.id(), person.email())));
		await().atMost(Duration.ofSeconds(10)).until(() -> fileCount() == 0 && !Files.exists(path));
	}

}
