package org.boussole.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The login page in a real browser, on a phone and on a desktop. */
class LoginBrowserTests extends BrowserTest {

	@BrowserJourney // #2
	void wrongPasswordGetsTheGenericErrorInFrenchAndKeepsTheTypedAddress() {
		// an address no account has: the answer must not tell whether an account exists
		String email = "inconnu-" + UUID.randomUUID() + "@exemple.org";
		Page page = open("/connexion");
		assertBasicAccessibility(page);

		email(page).fill(email);
		password(page).fill("pas-le-bon-mot-de-passe");
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter").setExact(true)));

		assertThat(page).hasURL(url("/connexion?erreur"));
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adresse électronique ou mot de passe incorrect.");
		assertThat(email(page)).hasValue(email);
		assertThat(email(page)).hasAttribute("aria-invalid", "true");
		assertThat(password(page)).isEmpty();
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);
	}

	private static Locator email(Page page) {
		return page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator password(Page page) {
		return page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true));
	}

}
