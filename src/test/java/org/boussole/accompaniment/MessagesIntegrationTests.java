package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.BoussoleSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The messages of a dossier between the beneficiary and their referent: writing, reading
 * (with receipts and unread counts), files, the mail that says only that a message waits,
 * and everyone else refused with nothing changed.
 */
@AppIntegrationTest
class MessagesIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	AccessLogRepository accessLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BoussoleSettings settings;

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

	MockMultipartHttpServletRequestBuilder beneficiaryPost(String text, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder post = multipart("/mon-accompagnement/messages");
		for (MockMultipartFile file : files) {
			post.file(file);
		}
		post.param("text", text).param("dossier", dossierId.toString()).param("token", UUID.randomUUID().toString());
		return post;
	}

	MockMultipartHttpServletRequestBuilder staffPost(String text) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/conseil/dossiers/{id}/messages", dossierId)
			.param("text", text)
			.param("token", UUID.randomUUID().toString());
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	int messages() {
		return jdbc.queryForObject("select count(*) from accompaniment.message where dossier_id = ?", Integer.class,
				dossierId);
	}

	@Test // #5
	void beneficiaryAndReferentExchangeWithReadReceiptsAndUnreadCounts() {
		assertThat(mvc
			.perform(beneficiaryPost("Bonjour,\nvoici mon CV <script>alert(1)</script>").with(as(person)).with(csrf())))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/mon-accompagnement/messages");
		assertThat(messages()).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.dossier_event where dossier_id = ? and type = 'MESSAGE_SENT' and note is null",
				Integer.class, dossierId))
			.isEqualTo(1);

		assertThat(mvc.get().uri("/conseil/dossiers").with(as(anne))).hasStatusOk()
			.body()
			.asString()
			.contains("/conseil/dossiers/" + dossierId + "/messages\">1 message(s) non lu(s)");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatusOk()
			.bodyText()
			.contains("Messages (1 non lu(s))");

		assertThat(mvc.get().uri("/conseil/dossiers/{id}/messages", dossierId).with(as(anne))).hasStatusOk()
			.body()
			.asString()
			.contains("voici mon CV &lt;script&gt;alert(1)&lt;/script&gt;", "Nouveau")
			.doesNotContain("<script>alert(1)");
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.message where dossier_id = ? and read_at is not null",
				Integer.class, dossierId))
			.isEqualTo(1);
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(anne))).body()
			.asString()
			.doesNotContain("/conseil/dossiers/" + dossierId + "/messages\"");
		assertThat(mvc.get().uri("/mon-accompagnement/messages").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Lu le");

		assertThat(mvc.perform(staffPost("Merci, je le lis.").with(as(anne)).with(csrf())))
			.hasRedirectedUrl("/conseil/dossiers/" + dossierId + "/messages");
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).bodyText().contains("Messages (1 non lu(s))");
		assertThat(mvc.get().uri("/mon-accompagnement/messages").with(as(person))).bodyText()
			.contains("Merci, je le lis.", "Nouveau");
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).bodyText().doesNotContain("non lu(s)");
	}

	@Test // #5
	void theRecipientIsToldByMailWithoutTheContentAndNotFloodedWhileUnread() {
		mvc.perform(beneficiaryPost("Texte confidentiel du message", file("bulletin-salaire.pdf", PDF)).with(as(person))
			.with(csrf()));
		mvc.perform(beneficiaryPost("Un second message").with(as(person)).with(csrf()));
		assertThat(messages()).isEqualTo(2);
		// other tests of this class write to the same demo counsellor: look at this
		// dossier's mails only
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(dossierId).size() >= 1);
		assertThat(mailsAbout(dossierId)).hasSize(1)
			.allSatisfy(body -> assertThat(body).doesNotContain("confidentiel", "bulletin-salaire", "second"));
		assertThat(jdbc.queryForList(
				"select text_body from notifications.outbox_mail where recipient = ? and created_at > now() - interval '1 minute'",
				String.class, anne.email()))
			.noneMatch(body -> body.contains("confidentiel") || body.contains("bulletin-salaire"));
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.message where dossier_id = ? and recipient_notified", Integer.class,
				dossierId))
			.as("one mail for two unread messages within 15 minutes")
			.isEqualTo(1);
	}

	List<String> mailsAbout(Object dossier) {
		return jdbc.queryForList(
				"select subject || ' ' || text_body from notifications.outbox_mail where recipient = ? and subject = ? and text_body like ?",
				String.class, anne.email(), "Vous avez un nouveau message dans Boussole",
				"%/conseil/dossiers/" + dossier + "/messages%");
	}

	@Test // #5
	void attachedFilesAreKeptUnderARandomNameAndServedOnlyToTheDossiersPeople() throws Exception {
		mvc.perform(beneficiaryPost("Mon CV", file("../Mon CV \"2026\".pdf", PDF)).with(as(person)).with(csrf()));
		var row = jdbc.queryForMap(
				"select id, original_name, stored_name, content_type from accompaniment.attachment where dossier_id = ?",
				dossierId);
		assertThat(row.get("original_name")).isEqualTo("Mon CV 2026.pdf");
		assertThat(row.get("content_type")).isEqualTo("application/pdf");
		Path stored = settings.resolve("attachments").resolve((String) row.get("stored_name"));
		assertThat(Files.readAllBytes(stored)).isEqualTo(PDF);
		UUID pieceId = (UUID) row.get("id");

		long logBefore = accessLog.countByDossierId(dossierId);
		for (var download : List.of(
				mvc.get().uri("/conseil/dossiers/{id}/pieces/{p}", dossierId, pieceId).with(as(anne)).exchange(),
				mvc.get().uri("/mon-accompagnement/messages/pieces/{p}", pieceId).with(as(person)).exchange())) {
			assertThat(download).hasStatusOk()
				.hasContentType("application/pdf")
				.hasHeader("X-Content-Type-Options", "nosniff");
			assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
				.contains("Mon%20CV%202026.pdf");
			assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.access_log where dossier_id = ? and action = 'DOWNLOAD'",
				Integer.class, dossierId))
			.isEqualTo(1);
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(logBefore + 1);
		// the staff address of the file with another dossier's id
		UUID otherDossier = management.request(AccompanimentTestSupport.newBeneficiary(accounts).id(),
				AccompanimentTestSupport.details("74100"));
		management.assign(demo(accounts, "responsable.genevois"), otherDossier, anne.id());
		assertThat(mvc.get().uri("/conseil/dossiers/{id}/pieces/{p}", otherDossier, pieceId).with(as(anne)))
			.hasStatus(404);
	}

	@Test // #5
	void strangersReachNeitherTheMessagesNorTheFilesAndChangeNothing() {
		mvc.perform(beneficiaryPost("Mon CV", file("cv.pdf", PDF)).with(as(person)).with(csrf()));
		UUID pieceId = jdbc.queryForObject("select id from accompaniment.attachment where dossier_id = ?", UUID.class,
				dossierId);
		List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = List.of(
				() -> MockMvcRequestBuilders.get("/conseil/dossiers/{id}/messages", dossierId),
				() -> staffPost("Intrus"), () -> beneficiaryPost("Intrus"),
				() -> MockMvcRequestBuilders.get("/conseil/dossiers/{id}/pieces/{p}", dossierId, pieceId),
				() -> MockMvcRequestBuilders.get("/mon-accompagnement/messages/pieces/{p}", pieceId));
		CurrentUser otherBeneficiary = AccompanimentTestSupport.newBeneficiary(accounts);
		management.request(otherBeneficiary.id(), AccompanimentTestSupport.details("74100"));
		List<RequestPostProcessor> strangers = List.of(as(demo(accounts, "conseiller.stjulien")),
				as(demo(accounts, "conseiller.chambery")), as(demo(accounts, "responsable.ofpc")),
				as(demo(accounts, "camille.martin")), as(otherBeneficiary));
		long logBefore = accessLog.countByDossierId(dossierId);
		List<String> reached = new ArrayList<>();
		for (Supplier<AbstractMockHttpServletRequestBuilder<?>> request : requests) {
			for (RequestPostProcessor stranger : strangers) {
				var result = mvc.perform(request.get().with(stranger).with(csrf()));
				int status = result.getResponse().getStatus();
				if (status != 404 && status != 403) {
					reached.add(result.getRequest().getRequestURI() + " -> " + status);
				}
			}
			var anonymous = mvc.perform(request.get().with(csrf()));
			assertThat(anonymous.getResponse().getRedirectedUrl()).isNotNull().endsWith("/connexion");
		}
		assertThat(reached).as("message addresses reached by strangers").isEmpty();
		assertThat(messages()).isEqualTo(1);
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(logBefore);
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.message where dossier_id = ? and read_at is not null",
				Integer.class, dossierId))
			.isZero();
	}

	@Test // #5
	void badInputGetsAFrenchMessageNextToTheFieldAndNothingIsStored() {
		assertThat(mvc.perform(beneficiaryPost("   ").with(as(person)).with(csrf()))).hasStatusOk()
			.body()
			.asString()
			.contains("Écrivez votre message.", "aria-invalid=\"true\"");
		assertThat(mvc.perform(beneficiaryPost("a".repeat(5001)).with(as(person)).with(csrf()))).hasStatusOk()
			.bodyText()
			.contains("dépasse 5 000 caractères");
		assertThat(mvc
			.perform(beneficiaryPost("Ma facture", file("facture.pdf", "MZ\u0090\u0000PE".getBytes())).with(as(person))
				.with(csrf())))
			.hasStatusOk()
			.bodyText()
			.contains("« facture.pdf » : le contenu du fichier ne correspond pas");
		byte[] large = new byte[11 * 1024 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThat(mvc.perform(beneficiaryPost("Gros fichier", file("gros.pdf", large)).with(as(person)).with(csrf())))
			.hasStatusOk()
			.bodyText()
			.contains("« gros.pdf » dépasse 10 Mo.", "Gros fichier");
		assertThat(mvc.perform(beneficiaryPost("Quatre fichiers", file("a.pdf", PDF), file("b.pdf", PDF),
				file("c.pdf", PDF), file("d.pdf", PDF))
			.with(as(person))
			.with(csrf()))).hasStatusOk().bodyText().contains("3 fichiers au plus à un message");
		assertThat(messages()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.attachment where dossier_id = ?",
				Integer.class, dossierId))
			.isZero();
	}

	@Test // #5
	void theSameFormSentTwiceStoresOneMessage() {
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.perform(beneficiaryPost("Deux fois").param("token", token).with(as(person)).with(csrf())))
				.hasRedirectedUrl("/mon-accompagnement/messages");
		}
		assertThat(mvc.perform(multipart("/mon-accompagnement/messages").param("text", "Sans jeton")
			.param("dossier", dossierId.toString())
			.with(as(person))
			.with(csrf()))).hasStatus3xxRedirection();
		mvc.perform(multipart("/mon-accompagnement/messages").param("text", "Sans jeton")
			.param("dossier", dossierId.toString())
			.with(as(person))
			.with(csrf()));
		assertThat(messages()).isEqualTo(2);
	}

	@Test // #5
	void aClosedDossierOrAnObserverIsReadOnly() {
		CurrentUser admin = demo(accounts, "responsable.genevois");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}/messages", dossierId).with(as(admin))).hasStatusOk()
			.bodyText()
			.contains("Seul le conseiller référent écrit");
		assertThat(mvc.perform(staffPost("Message de la responsable").with(as(admin)).with(csrf())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", "accompaniment.message.error.readOnly");
		management.close(anne, dossierId, Outcome.JOB_FOUND, null);
		assertThat(mvc.perform(beneficiaryPost("Encore une question").with(as(person)).with(csrf()))).flash()
			.containsEntry("flashError", "accompaniment.message.error.readOnly");
		assertThat(mvc.get().uri("/mon-accompagnement/messages").with(as(person))).bodyText()
			.contains("Ce dossier est clôturé");
		assertThat(messages()).isZero();
	}

}
