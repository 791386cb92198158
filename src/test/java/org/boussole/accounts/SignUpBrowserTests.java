package org.boussole.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.shared.BoussoleSettings;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A visitor becomes a beneficiary in a real browser, on a phone and on a desktop:
 * sign-up, confirmation of the address through the mail, login, their account, logout.
 */
class SignUpBrowserTests extends BrowserTest {

	private static final String PASSWORD = "une phrase assez longue 42";

	@Autowired
	BoussoleSettings settings;

	@BrowserJourney // #2
	void visitorSignsUpConfirmsTheAddressLogsInAndOut() throws Exception {
		String name = "Alex Essai";
		String email = "inscription-" + UUID.randomUUID() + "@exemple.org";

		Page page = open("/");
		activate(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Être accompagné").setExact(true)));
		assertThat(page).hasURL(url("/etre-accompagne"));
		// an account on its own (without a request for accompaniment) is opened from the
		// login page
		activate(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("J'ai déjà un compte").setExact(true)));
		assertThat(page).hasURL(url("/connexion"));
		activate(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Créer un compte").setExact(true)));
		assertThat(page).hasURL(url("/inscription"));
		assertThat(page.locator("h1")).hasText("Créer un compte");
		assertBasicAccessibility(page);

		// first with a password too short: the message sits next to the field, what was
		// typed stays
		field(page, "Nom affiché").fill(name);
		field(page, "Adresse électronique").fill(email);
		field(page, "Mot de passe").fill("court");
		field(page, "Confirmation du mot de passe").fill("court");
		page.getByLabel("J'ai lu et j'accepte la politique de confidentialité").check();
		activate(submit(page));

		assertThat(page).hasURL(url("/inscription"));
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Le formulaire contient des erreurs. Corrigez les champs signalés.");
		assertThat(page.locator("#password-error")).hasText(
				"Le mot de passe doit compter au moins 12 caractères. Une phrase de quelques mots est facile à retenir.");
		assertThat(field(page, "Mot de passe")).hasAttribute("aria-invalid", "true");
		assertThat(field(page, "Mot de passe")).hasAttribute("aria-describedby",
				Pattern.compile("\\bpassword-error\\b"));
		assertThat(field(page, "Mot de passe")).isEmpty();
		assertThat(field(page, "Nom affiché")).hasValue(name);
		assertThat(field(page, "Adresse électronique")).hasValue(email);
		assertBasicAccessibility(page);

		field(page, "Mot de passe").fill(PASSWORD);
		field(page, "Confirmation du mot de passe").fill(PASSWORD);
		page.getByLabel("J'ai lu et j'accepte la politique de confidentialité").check();
		activate(submit(page));

		assertThat(page).hasURL(url(SignUpController.SENT_PATH));
		assertThat(page.locator("h1")).hasText("Consultez votre messagerie");
		assertBasicAccessibility(page);

		// the link of the mail confirms the address
		open(new MailboxReader(settings.resolve("mail")).linkSentTo(email, "/inscription/confirmer"));
		assertThat(page).hasURL(url("/connexion"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Votre adresse électronique est confirmée. Vous pouvez vous connecter.");

		field(page, "Adresse électronique").fill(email);
		field(page, "Mot de passe").fill(PASSWORD);
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter").setExact(true)));

		assertThat(page).hasURL(url("/compte"));
		assertThat(page.locator("h1")).hasText("Mon compte");
		assertThat(page.locator("main")).containsText(name);
		assertThat(page.locator("main")).containsText("Bénéficiaire");
		assertThat(headerLink(page, "Mon compte")).isVisible();
		assertBasicAccessibility(page);

		activate(page.locator("header")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se déconnecter").setExact(true)));

		assertThat(page).hasURL(url("/connexion?deconnexion"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vous êtes déconnecté.");
		assertThat(headerLink(page, "Se connecter")).isVisible();
		assertThat(headerLink(page, "Mon compte")).hasCount(0);

		open("/compte");
		assertThat(page).hasURL(url("/connexion"));
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator submit(Page page) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer mon compte").setExact(true));
	}

	private static Locator headerLink(Page page, String name) {
		return page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
