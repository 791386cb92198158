package org.boussole.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A structure administrator manages the sites of their structure in a real browser, on a
 * phone and on a desktop.
 */
class NetworkAdminBrowserTests extends BrowserTest {

	private static final String STRUCTURE = "MIFE du Genevois français (démo)";

	@BrowserJourney // #2
	void structureAdminSeesOnlyTheirStructureAndAddsASiteAfterFixingThePostalCode() {
		// after "MIFE Annemasse (démo)" in alphabetical order, so that the demo site
		// stays first for 74100
		String siteName = "Relais essai " + UUID.randomUUID().toString().substring(0, 8);

		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true))
			.fill("responsable.genevois@demo.boussole.test");
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("Demo-Boussole-2026");
		activate(button(page, "Se connecter"));
		assertThat(page).hasURL(url("/compte"));
		assertThat(page.locator("main")).containsText("responsable.genevois@demo.boussole.test");
		assertNoHorizontalScroll(page); // the long address wraps on a phone

		activate(page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration").setExact(true)));
		assertThat(page).hasURL(url("/admin"));
		assertThat(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Courriels envoyés"))).hasCount(0);
		activate(link(page, "Réseau, centres et équipes"));

		assertThat(page).hasURL(url("/admin/reseau"));
		assertThat(page.locator("h1")).hasText("Réseau : structures");
		assertThat(page.locator("main tbody tr")).hasCount(1);
		assertThat(page.locator("main tbody tr")).containsText(STRUCTURE);
		assertThat(link(page, "Nouvelle structure")).hasCount(0);
		assertBasicAccessibility(page);

		activate(link(page, STRUCTURE));
		assertThat(page.locator("h1")).hasText(STRUCTURE);
		assertThat(page.locator("main")).containsText("MIFE Annemasse (démo)");
		activate(link(page, "Nouveau site"));
		assertThat(page.locator("h1")).hasText("Nouveau site");
		assertBasicAccessibility(page);

		// a postal code of four digits is Geneva's shape, not France's: the form says so
		// and keeps the rest
		page.getByLabel("Nom du site").fill(siteName);
		page.getByLabel("Adresse").fill("7 rue de l'Essai");
		page.getByLabel("Code postal").fill("7410");
		page.getByLabel("Commune").fill("Annemasse");
		page.getByLabel("Horaires").fill("Mardi : 14 h – 17 h");
		activate(button(page, "Enregistrer"));

		assertThat(page.locator("#postalCode-error"))
			.hasText("Un code postal français compte 5 chiffres, par exemple 74100.");
		assertThat(page.getByLabel("Code postal")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Code postal")).hasAttribute("aria-describedby", "postalCode-error");
		assertThat(page.getByLabel("Code postal")).hasValue("7410");
		assertThat(page.getByLabel("Nom du site")).hasValue(siteName);
		assertThat(page.getByLabel("Adresse")).hasValue("7 rue de l'Essai");
		assertThat(page.getByLabel("Commune")).hasValue("Annemasse");
		assertThat(page.getByLabel("Horaires")).hasValue("Mardi : 14 h – 17 h");
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Le formulaire contient des erreurs. Corrigez les champs signalés.");
		assertBasicAccessibility(page);

		page.getByLabel("Code postal").fill("74100");
		activate(button(page, "Enregistrer"));

		assertThat(page.locator("h1")).hasText(STRUCTURE);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le site a été créé.");
		Locator created = page.locator("main ul.results > li")
			.filter(new Locator.FilterOptions().setHas(
					page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(siteName).setExact(true))));
		assertThat(created).hasCount(1);
		assertThat(created).containsText("7 rue de l'Essai");
		assertThat(created).containsText("74100 Annemasse");
		assertThat(created).containsText("Mardi : 14 h – 17 h");
		assertBasicAccessibility(page);
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator link(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
