package org.boussole.accompaniment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.MailboxReader;
import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.browser.Viewport;
import org.boussole.network.NetworkManagement;
import org.boussole.shared.BoussoleSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The whole accompaniment, as its people live it, on a phone: a visitor reading a job
 * fiche asks to talk to a counsellor and opens their account in the same form; the admin
 * of the nearest structure gives the request to a counsellor from the queue; the
 * beneficiary writes with their CV attached, the counsellor downloads it and answers; the
 * counsellor closes the dossier with its outcome, and the beneficiary sees that their
 * accompaniment is over and why.
 */
class AccompanimentJourneyBrowserTests extends BrowserTest {

	static final String ADMIN = "responsable.genevois@demo.boussole.test";

	static final String COUNSELLOR = "conseillere.annemasse@demo.boussole.test";

	static final String DEMO_PASSWORD = "Demo-Boussole-2026";

	static final String PASSWORD = "une phrase assez longue pour Sam";

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	AssignmentSettingRepository settings;

	@Autowired
	BoussoleSettings boussole;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void patienceOnABusyMachine() {
		// a long story over many pages: a slow build machine must not break it, a broken
		// step still does
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterEach
	void usualPatience() {
		PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
	}

	@BrowserJourney(Viewport.PHONE) // #5
	void aVisitorOnAJobFicheIsAccompaniedUntilTheDossierIsClosed() throws Exception {
		context().setDefaultTimeout(30_000);
		context().setDefaultNavigationTimeout(60_000);
		String email = "parcours-" + UUID.randomUUID() + "@exemple.org";
		String counsellorName = accounts.findByEmail(COUNSELLOR).orElseThrow().displayName();
		requestsOfTheNearestStructureWaitInTheQueue("74100");

		// a visitor reading a job fiche asks for accompaniment and opens their account
		Page page = open("/metiers/D1102");
		activate(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("En parler avec un conseiller").setExact(true)));
		assertThat(page.locator("h1")).hasText("Demander un accompagnement");
		assertBasicAccessibility(page);
		Locator main = page.locator("main");
		main.getByLabel("En recherche d'emploi").check();
		main.getByLabel("Changer de métier").check();
		main.getByLabel("En visio").check();
		main.getByLabel("Vos disponibilités").fill("Le mardi après 17 h");
		main.getByLabel("Code postal", new Locator.GetByLabelOptions().setExact(false)).first().fill("74100");
		main.getByLabel("Nom et prénom").fill("Sam Parcours");
		main.getByLabel("Adresse électronique").fill(email);
		main.locator("#password").fill(PASSWORD);
		main.locator("#passwordConfirmation").fill(PASSWORD);
		main.locator("input[name=consent]").check();
		activate(button(page, "Envoyer ma demande"));
		assertThat(page.locator("h1")).hasText("Vérifiez votre messagerie");
		assertNoHorizontalScroll(page);

		// the link of the mail confirms the address; the request waits in their space
		open(new MailboxReader(boussole.resolve("mail")).linkSentTo(email, "/inscription/confirmer"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Votre adresse électronique est confirmée. Vous pouvez vous connecter.");
		logIn(email, PASSWORD);
		open("/mon-accompagnement");
		assertThat(page.locator("main .dossier-status")).hasText("Demande en attente");
		assertBasicAccessibility(page);
		UUID dossierId = jdbc.queryForObject("""
				select d.id from accompaniment.dossier d join accounts.user_account a on a.id = d.beneficiary_id
				where a.email = ? and d.origin = '/metiers/D1102'""", UUID.class, email);

		// the structure admin gives the request to a counsellor from the queue
		switchTo(ADMIN, DEMO_PASSWORD);
		open("/conseil/file");
		assertBasicAccessibility(page);
		Locator request = page.locator("main li")
			.filter(new Locator.FilterOptions().setHas(page.locator("a[href='/conseil/dossiers/" + dossierId + "']")));
		assertThat(request).hasCount(1);
		request.getByLabel("Conseiller").selectOption(accounts.findByEmail(COUNSELLOR).orElseThrow().id().toString());
		activate(request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attribuer")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le dossier est attribué.");
		assertThat(page.locator("a[href='/conseil/dossiers/" + dossierId + "']")).hasCount(0);

		// the beneficiary sees their referent and writes to them with their CV
		switchTo(email, PASSWORD);
		open("/mon-accompagnement");
		assertThat(page.locator("main .dossier-status")).hasText("Ouvert");
		assertThat(page.locator("main")).containsText(counsellorName);
		activate(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Messages")));
		assertThat(page).hasURL(url("/mon-accompagnement/messages"));
		byte[] cv = pdf("CV de Sam Parcours");
		page.getByLabel("Votre message").fill("Bonjour,\nvoici mon CV.");
		page.getByLabel("Pièces jointes (facultatif)")
			.setInputFiles(new FilePayload("cv-sam.pdf", "application/pdf", cv));
		activate(button(page, "Envoyer le message"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
		assertThat(page.locator(".message-mine")).containsText("Pas encore lu");
		assertNoHorizontalScroll(page);

		// the counsellor finds the unread message in the caseload, reads it, downloads
		// the
		// CV and answers
		switchTo(COUNSELLOR, DEMO_PASSWORD);
		open("/conseil/dossiers");
		Locator unread = page.locator("a.badge[href='/conseil/dossiers/" + dossierId + "/messages']").first();
		assertThat(unread).hasText("1 message(s) non lu(s)");
		activate(unread);
		assertThat(page.locator(".message-theirs")).containsText("voici mon CV.");
		assertBasicAccessibility(page);
		Download download = page.waitForDownload(() -> activate(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("cv-sam.pdf").setExact(false))));
		assertThat(download.suggestedFilename()).isEqualTo("cv-sam.pdf");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(cv);
		page.getByLabel("Votre message").fill("Bien reçu. Votre projet est clair, bonne route !");
		activate(button(page, "Envoyer le message"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");

		// ... and closes the dossier with its outcome
		open("/conseil/dossiers/" + dossierId);
		assertBasicAccessibility(page);
		page.locator("main").getByLabel("Issue de l'accompagnement").selectOption(Outcome.JOB_FOUND.name());
		page.locator("main")
			.getByLabel("Note de clôture", new Locator.GetByLabelOptions().setExact(false))
			.fill("A signé un contrat de technicien.");
		activate(button(page, "Clôturer le dossier"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le dossier est clôturé.");
		assertThat(page.locator("main")).containsText("Clôturé");
		assertThat(page.locator("main")).containsText("Emploi trouvé");
		assertNoHorizontalScroll(page);

		// the beneficiary sees the closed dossier, its outcome and the last answer
		switchTo(email, PASSWORD);
		open("/mon-accompagnement");
		assertThat(page.locator("main .dossier-status")).hasText("Clôturé");
		assertThat(page.locator("main")).containsText("(Emploi trouvé)");
		assertThat(page.locator("main")).containsText("Votre accompagnement est terminé.");
		assertThat(page.locator("main")).containsText("Messages (1 non lu(s))");
		assertNoHorizontalScroll(page);
		open("/mon-accompagnement/messages");
		assertThat(page.locator(".message-mine")).containsText("Lu le");
		assertThat(page.locator(".message-theirs")).containsText("Votre projet est clair");
		assertThat(page.getByLabel("Votre message")).hasCount(0);
	}

	/**
	 * The queue is where the admin assigns: the structure of the site nearest to that
	 * place must not give new requests away by itself (another test may have turned it
	 * on).
	 */
	private void requestsOfTheNearestStructureWaitInTheQueue(String postalCode) {
		UUID structure = network.nearestSite(postalCode).orElseThrow().site().structureId();
		settings.findById(structure).ifPresent(setting -> {
			setting.change(false, accounts.findByEmail(ADMIN).orElseThrow().id(), Instant.now());
			settings.save(setting);
		});
	}

	private void switchTo(String email, String password) {
		context().clearCookies();
		logIn(email, password);
	}

	private void logIn(String email, String password) {
		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
		activate(button(page, "Se connecter"));
		assertThat(page).not().hasURL(url("/connexion"));
		assertThat(page).not().hasURL(url("/connexion?erreur"));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * @return a small but complete PDF document: one A4 page showing the text, with its
	 * cross-reference table
	 */
	static byte[] pdf(String text) {
		String content = "BT /F1 18 Tf 72 770 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		table.append(xref).append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

}
