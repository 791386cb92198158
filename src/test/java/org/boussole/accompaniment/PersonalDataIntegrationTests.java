package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.BoussoleSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A beneficiary downloads all their data (and nothing of anybody else, nor the staff's
 * notes), then closes their account: their dossier stays for the figures without anything
 * personal, the messages lose their text, the files leave the disk, the mails to their
 * address are dropped, and they cannot log in any more.
 */
@AppIntegrationTest
class PersonalDataIntegrationTests {

	static final byte[] PDF = MessagesIntegrationTests.PDF;

	static final String PRIVATE_NOTE = "Note de passation confidentielle " + UUID.randomUUID();

	static final String TEAM_NOTE = "Note privée de l'équipe " + UUID.randomUUID();

	static final String SUMMARY = "Compte rendu partagé " + UUID.randomUUID();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BoussoleSettings settings;

	CurrentUser person;

	CurrentUser other;

	UUID dossierId;

	UUID otherDossierId;

	@BeforeEach
	void twoBeneficiariesWithMessagesAndFiles() {
		CurrentUser admin = demo(accounts, "responsable.genevois");
		CurrentUser anne = demo(accounts, "conseillere.annemasse");
		person = AccompanimentTestSupport.newBeneficiary(accounts);
		other = AccompanimentTestSupport.newBeneficiary(accounts);
		dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(admin, dossierId, anne.id());
		otherDossierId = management.request(other.id(), AccompanimentTestSupport.details("74100"));
		management.assign(admin, otherDossierId, anne.id());
		post("/mon-accompagnement/messages", dossierId, "Voici mon CV", person, "cv été.pdf");
		post("/conseil/dossiers/" + dossierId + "/messages", null, "Bien reçu, merci.", anne, null);
		post("/mon-accompagnement/messages", otherDossierId, "Message de l'autre personne", other, "autre.pdf");
		CurrentUser julien = demo(accounts, "conseiller.stjulien");
		management.changeReferent(admin, dossierId, julien.id(), PRIVATE_NOTE);
		note(julien, "PRIVATE", TEAM_NOTE);
		note(julien, "SHARED", SUMMARY);
	}

	void note(CurrentUser author, String visibility, String text) {
		assertThat(mvc.post()
			.uri("/conseil/dossiers/" + dossierId + "/notes")
			.param("text", text)
			.param("visibility", visibility)
			.param("dossier", dossierId.toString())
			.with(as(author))
			.with(csrf())).hasStatus3xxRedirection();
	}

	void post(String path, UUID dossier, String text, CurrentUser author, String fileName) {
		MockMultipartHttpServletRequestBuilder post = multipart(path);
		if (fileName != null) {
			post.file(new MockMultipartFile("files", fileName, "application/octet-stream", PDF));
		}
		if (dossier != null) {
			post.param("dossier", dossier.toString());
		}
		post.param("text", text).param("token", UUID.randomUUID().toString());
		assertThat(mvc.perform(post.with(as(author)).with(csrf()))).hasStatus3xxRedirection();
	}

	Map<String, byte[]> export(CurrentUser user) throws IOException {
		MvcTestResult result = mvc.post().uri("/compte/mes-donnees").with(as(user)).with(csrf()).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
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
	void exportHoldsAllTheirOwnDataAndNothingElse() throws IOException {
		Map<String, byte[]> entries = export(person);

		assertThat(entries.keySet()).containsExactly("compte.json", "dossiers.json", "messages.json",
				"pieces-jointes/1-cv_ete.pdf", "inscriptions-evenements.json", "LISEZMOI.txt");
		assertThat(text(entries, "compte.json")).contains(person.email(), person.displayName(), "BENEFICIARY",
				"\"langue\" : \"fr\"");
		assertThat(text(entries, "dossiers.json"))
			.contains(dossierId.toString(), "Ouvert", "Je voudrais travailler", "74100", "Le matin", "comptesRendus",
					SUMMARY)
			.doesNotContain(PRIVATE_NOTE, TEAM_NOTE, otherDossierId.toString());
		assertThat(text(entries, "messages.json"))
			.contains("Voici mon CV", "Bien reçu, merci.", "luLe", "pieces-jointes/1-cv_ete.pdf")
			.doesNotContain("Message de l'autre personne");
		assertThat(entries.get("pieces-jointes/1-cv_ete.pdf")).isEqualTo(PDF);
		assertThat(text(entries, "inscriptions-evenements.json")).isEqualToIgnoringWhitespace("[]");
		assertThat(text(entries, "LISEZMOI.txt")).contains("dossiers.json", "pieces-jointes");
		for (String name : entries.keySet()) {
			if (name.endsWith(".json")) {
				assertThat(text(entries, name)).doesNotContain(other.email(), other.displayName());
			}
		}
	}

	@Test // #5
	void exportSpeaksThePersonsLanguage() throws IOException {
		assertThat(text(export(person), "messages.json")).contains("\"de\" : \"vous\"", "\"de\" : \"conseiller\"");

		jdbc.update("update accounts.user_account set locale = 'en' where id = ?", person.id());
		Map<String, byte[]> entries = export(person);
		assertThat(text(entries, "messages.json")).contains("\"de\" : \"you\"", "\"de\" : \"counsellor\"")
			.doesNotContain("\"vous\"", "\"conseiller\"");
		assertThat(text(entries, "dossiers.json")).contains("\"etat\" : \"Open\"").doesNotContain("Ouvert");
	}

	@Test // #5
	void exportIsRefusedToAnonymousVisitorsAndLimitedPerHour() throws IOException {
		assertThat(mvc.post().uri("/compte/mes-donnees").with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/connexion");
		assertThat(mvc.get().uri("/compte/mes-donnees")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/compte/mes-donnees").with(as(person))).hasStatus(403);

		for (int i = 0; i < 5; i++) {
			export(person);
		}
		assertThat(mvc.post().uri("/compte/mes-donnees").with(as(person)).with(csrf()))
			.hasRedirectedUrl("/compte/mes-donnees")
			.flash()
			.containsEntry("flashError", "accounts.data.throttled");
		assertThat(export(other)).containsKey("compte.json");
	}

	@Test // #5
	void closingTheAccountAnonymisesTheDossierAndKeepsItForTheFigures() {
		String email = person.email();
		String stored = jdbc.queryForObject("select stored_name from accompaniment.attachment where dossier_id = ?",
				String.class, dossierId);
		Path file = settings.resolve("attachments").resolve(stored);
		assertThat(file).exists();
		int closedBefore = closedDossiersOfTheStructure();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"select count(*) from notifications.outbox_mail where recipient = ?", Integer.class, email))
				.isPositive());
		MvcTestResult login = mvc.post()
			.uri("/connexion")
			.with(csrf())
			.param("email", email)
			.param("password", AccompanimentTestSupport.PASSWORD)
			.exchange();
		assertThat(login).hasRedirectedUrl("/compte");

		assertThat(mvc.post()
			.uri("/compte/fermer")
			.session((org.springframework.mock.web.MockHttpSession) login.getRequest().getSession())
			.with(csrf())
			.param("password", AccompanimentTestSupport.PASSWORD)
			.param("confirmed", "true")).hasRedirectedUrl("/").flash().containsEntry("flash", "accounts.close.done");

		AccountSummary closed = accounts.findById(person.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
		assertThat(closed.email()).isEqualTo("ferme-" + person.id() + "@invalid");
		// no display text is stored: the pages take « Compte fermé » from the bundles
		assertThat(closed.displayName()).isEmpty();
		assertThat(jdbc.queryForObject("select display_name from accounts.user_account where id = ?", String.class,
				person.id()))
			.isNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"select count(*) from accompaniment.message where dossier_id = ? and not (erased and body = '')",
					Integer.class, dossierId))
				.isZero());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(file).doesNotExist());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.queryForList("select body || ':' || erased from accompaniment.note where dossier_id = ?",
							String.class, dossierId))
				.hasSize(2)
				.containsOnly(":true"));
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.attachment where dossier_id = ?",
				Integer.class, dossierId))
			.isZero();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc
				.queryForMap("select status, outcome, message, availability, commune, origin, postal_code, situation "
						+ "from accompaniment.dossier where id = ?", dossierId))
				.containsEntry("status", "CLOSED")
				.containsEntry("outcome", "NO_LONGER_REACHABLE")
				.containsEntry("message", null)
				.containsEntry("availability", null)
				.containsEntry("postal_code", "74000")
				.containsEntry("situation", "JOB_SEEKER"));
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.dossier_event where dossier_id = ? and note is not null",
				Integer.class, dossierId))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.dossier_event where dossier_id = ? and type = 'ACCOUNT_CLOSED'",
				Integer.class, dossierId))
			.isOne();
		assertThat(closedDossiersOfTheStructure()).isEqualTo(closedBefore + 1);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"select count(*) from notifications.outbox_mail where recipient = ?", Integer.class, email))
				.isZero());
		// the pages say that the texts were erased, in the reader's language; nothing of
		// the kind is stored
		CurrentUser julien = demo(accounts, "conseiller.stjulien");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}/messages", dossierId).with(as(julien))).hasStatusOk()
			.bodyText()
			.contains("Message effacé : la personne a fermé son compte.")
			.doesNotContain("Voici mon CV");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(julien))).hasStatusOk()
			.bodyText()
			.contains("Note effacée : la personne a fermé son compte.", "Compte fermé")
			.doesNotContain(SUMMARY);
		assertThat(mvc.get()
			.uri("/conseil/dossiers/{id}/messages", dossierId)
			.with(as(julien))
			.header("Accept-Language", "en")
			.param("lang", "en")).bodyText().contains("Message erased: the person closed their account.");
		// the other person's conversation is untouched
		assertThat(jdbc.queryForObject("select body from accompaniment.message where dossier_id = ?", String.class,
				otherDossierId))
			.isEqualTo("Message de l'autre personne");

		assertThat(mvc.post()
			.uri("/connexion")
			.with(csrf())
			.param("email", email)
			.param("password", AccompanimentTestSupport.PASSWORD)).hasRedirectedUrl("/connexion?erreur");
		Optional<UUID> again = accounts.signUp(email, "Nouvelle personne", AccompanimentTestSupport.PASSWORD,
				java.util.Locale.FRENCH, "198.18.255.1");
		assertThat(again).isPresent().get().isNotEqualTo(person.id());
	}

	int closedDossiersOfTheStructure() {
		return jdbc
			.queryForObject(
					"select count(*) from accompaniment.dossier where status = 'CLOSED' and structure_id = "
							+ "(select structure_id from accompaniment.dossier where id = ?)",
					Integer.class, dossierId);
	}

}
