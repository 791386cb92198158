package org.boussole.content.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An editor of the network writes and publishes a guide; a visitor, in another browser,
 * finds it in the list of guides and reads it.
 */
class GuidePublicationBrowserTests extends BrowserTest {

	@BrowserJourney // #3
	void anEditorPublishesAGuideThatAVisitorThenReads() {
		String slug = GuideTestSupport.uniqueSlug("guide-navigateur");
		String title = "Se former à Genève " + slug.substring(slug.length() - 8);
		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true))
			.fill("redaction@demo.boussole.test");
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("Demo-Boussole-2026");
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")));
		page.waitForURL(url -> !url.contains("/connexion"));

		open("/redaction");
		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Écrire un nouveau guide")));
		assertThat(page.locator("h1")).hasText("Nouveau guide");
		assertBasicAccessibility(page);
		Locator main = page.locator("main");
		main.getByLabel("Adresse du guide").fill(slug);
		main.getByLabel("Titre", new Locator.GetByLabelOptions().setExact(true)).fill(title);
		main.getByLabel("Résumé").fill("Les aides à la formation pour les résidents genevois.");
		main.getByLabel("Texte (Markdown)").fill("## Le chèque annuel\n\nUne aide de l'État de Genève.\n");
		main.getByLabel("Genève", new Locator.GetByLabelOptions().setExact(true)).check();
		main.getByLabel("Résidents genevois").check();
		main.getByLabel("Formation", new Locator.GetByLabelOptions().setExact(true)).check();
		activate(main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le brouillon")));

		assertThat(page.locator(".notice-success")).containsText("brouillon");
		activate(main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publier").setExact(true)));
		assertThat(page.locator(".notice-success")).containsText("publié");

		BrowserContext visitor = context().browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(viewport().width(), viewport().height())
				.setIsMobile(viewport().isMobile())
				.setHasTouch(viewport().isMobile())
				.setLocale("fr-FR"));
		try {
			Page reader = visitor.newPage();
			reader.navigate(url("/guides?territoire=GENEVE"));
			assertNoHorizontalScroll(reader);
			Locator link = reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
			if (viewport().isMobile()) {
				link.tap();
			}
			else {
				link.click();
			}
			assertThat(reader).hasURL(url("/guides/" + slug));
			assertThat(reader.locator("h1")).hasText(title);
			assertThat(reader.locator(".guide-body h2")).hasText("Le chèque annuel");
			assertThat(reader.locator(".invitation a")).hasAttribute("href",
					"/accompagnement/demande?depuis=/guides/" + slug);
			assertNoHorizontalScroll(reader);
			assertBasicAccessibility(reader);
		}
		finally {
			visitor.close();
		}
	}

}
