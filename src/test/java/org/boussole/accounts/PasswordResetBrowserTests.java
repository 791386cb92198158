package org.boussole.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.shared.BoussoleSettings;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A beneficiary who forgot their password chooses a new one through the mailed link, in a
 * real browser.
 */
class PasswordResetBrowserTests extends BrowserTest {

	private static final String NEW_PASSWORD = "un tout nouveau mot de passe 7";

	@Autowired
	AccountManagement accounts;

	@Autowired
	BoussoleSettings settings;

	@BrowserJourney // #2
	void forgottenPasswordIsReplacedThroughTheMailedLinkAndTheNewOneLogsIn() throws Exception {
		String email = "oubli-" + UUID.randomUUID() + "@exemple.org";
		accounts.createActiveAccount(email, "Dominique Essai", Set.of(Role.BENEFICIARY), "l'ancienne phrase secrète 1");

		Page page = open("/connexion");
		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")));
		assertThat(page).hasURL(url("/mot-de-passe-oublie"));
		assertThat(page.locator("h1")).hasText("Mot de passe oublié");
		assertBasicAccessibility(page);

		field(page, "Adresse électronique").fill(email);
		activate(button(page, "Recevoir le lien"));
		assertThat(page).hasURL(url(PasswordResetController.SENT_PATH));
		assertThat(page.locator("h1")).hasText("Consultez votre messagerie");

		open(new MailboxReader(settings.resolve("mail")).linkSentTo(email, "/mot-de-passe/nouveau"));
		assertThat(page.locator("h1")).hasText("Choisir un nouveau mot de passe");
		assertBasicAccessibility(page);
		field(page, "Nouveau mot de passe").fill(NEW_PASSWORD);
		field(page, "Confirmation du mot de passe").fill(NEW_PASSWORD);
		activate(button(page, "Enregistrer le mot de passe"));

		assertThat(page).hasURL(url("/connexion"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Votre mot de passe est changé. Vous pouvez vous connecter.");

		field(page, "Adresse électronique").fill(email);
		field(page, "Mot de passe").fill(NEW_PASSWORD);
		activate(button(page, "Se connecter"));
		assertThat(page).hasURL(url("/compte"));
		assertThat(page.locator("main")).containsText("Dominique Essai");
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
