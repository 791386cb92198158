package org.boussole.accompaniment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A beneficiary writes to their referent with a file attached; the counsellor sees the
 * unread message in their caseload, reads it, downloads the file and answers; the
 * beneficiary sees that their message was read and reads the answer.
 */
class MessagesBrowserTests extends BrowserTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@BrowserJourney // #5
	void beneficiaryAndCounsellorExchangeMessagesWithAFile() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		UUID dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(demo(accounts, "responsable.genevois"), dossierId,
				demo(accounts, "conseillere.annemasse").id());

		logIn(person.email(), AccompanimentTestSupport.PASSWORD);
		Page page = open("/mon-accompagnement");
		activate(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Messages")));
		assertThat(page).hasURL(url("/mon-accompagnement/messages"));
		assertThat(page.locator("h1")).hasText("Messages");
		assertBasicAccessibility(page);
		page.getByLabel("Votre message").fill("Bonjour,\nvoici mon CV à jour.");
		page.getByLabel("Pièces jointes (facultatif)")
			.setInputFiles(new FilePayload("mon-cv.pdf", "application/pdf", PDF));
		activate(button(page, "Envoyer le message"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");
		assertThat(page.locator(".message-mine .message-text")).hasText("Bonjour,\nvoici mon CV à jour.");
		assertThat(page.locator(".message-mine")).containsText("Pas encore lu");
		assertNoHorizontalScroll(page);

		context().clearCookies();
		logIn("conseillere.annemasse@demo.boussole.test", "Demo-Boussole-2026");
		open("/conseil/dossiers");
		// the dossier is listed twice: in the "to do" section (an unread message) and in
		// the list
		Locator badge = page.locator("a.badge[href='/conseil/dossiers/" + dossierId + "/messages']").first();
		assertThat(badge).hasText("1 message(s) non lu(s)");
		activate(badge);
		assertThat(page.locator(".message-theirs")).containsText("voici mon CV à jour.");
		assertThat(page.locator(".message-theirs .badge")).hasText("Nouveau");
		assertBasicAccessibility(page);
		Download download = page.waitForDownload(() -> activate(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("mon-cv.pdf").setExact(false))));
		assertThat(download.suggestedFilename()).isEqualTo("mon-cv.pdf");
		page.getByLabel("Votre message").fill("Bien reçu, merci. À mardi !");
		activate(button(page, "Envoyer le message"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Votre message a été envoyé.");

		context().clearCookies();
		logIn(person.email(), AccompanimentTestSupport.PASSWORD);
		open("/mon-accompagnement");
		assertThat(page.locator("main")).containsText("Messages (1 non lu(s))");
		open("/mon-accompagnement/messages");
		assertThat(page.locator(".message-mine")).containsText("Lu le");
		assertThat(page.locator(".message-theirs")).containsText("Bien reçu, merci. À mardi !");
		assertNoHorizontalScroll(page);
	}

	private void logIn(String email, String password) {
		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
		activate(button(page, "Se connecter"));
		assertThat(page).not().hasURL(url("/connexion"));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
