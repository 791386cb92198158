package org.boussole.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The home page and the public pages of the site, in a real browser on a phone and on a
 * desktop.
 */
class SiteBrowserTests extends BrowserTest {

	@BrowserJourney // #2
	void skipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
		Page page = open("/");

		page.keyboard().press("Tab");
		assertThat(page.locator("a.skip-link")).isFocused();
		assertThat(page.locator("a.skip-link")).hasText("Aller au contenu");
		assertFocusVisible(page);

		page.keyboard().press("Enter");
		assertThat(page.locator("main#contenu")).isFocused();
	}

	@BrowserJourney // #2
	void homePageOpensTheDoorToInformation() {
		Page page = open("/");

		activate(door(page, "S'informer"));

		assertThat(page).hasURL(url("/s-informer"));
		assertThat(page.locator("h1")).hasText("S'informer");
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void homePageOpensTheDoorToAccompaniment() {
		Page page = open("/");

		activate(door(page, "Être accompagné"));

		assertThat(page).hasURL(url("/etre-accompagne"));
		assertThat(page.locator("h1")).hasText("Être accompagné");
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void homePageIsAccessibleInFrench() {
		Page page = open("/");

		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void keyboardFocusIsVisibleOnLinks() {
		Page page = open("/");

		page.keyboard().press("Tab");
		page.keyboard().press("Tab");

		assertThat(page.locator("a.brand")).isFocused();
		assertFocusVisible(page);
	}

	@BrowserJourney // #2
	void switchingToEnglishAndBackKeepsThePage() {
		Page page = open("/s-informer");

		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)));
		assertThat(page).hasURL(url("/s-informer?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Find information");
		assertBasicAccessibility(page);

		// the choice is remembered on the next page
		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get support").setExact(true)));
		assertThat(page).hasURL(url("/etre-accompagne"));
		assertThat(page.locator("h1")).hasText("Get support");

		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français").setExact(true)));
		assertThat(page).hasURL(url("/etre-accompagne?lang=fr"));
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.locator("h1")).hasText("Être accompagné");
	}

	@BrowserJourney // #2
	void footerLeadsToTheLegalPagesAndTheSources() {
		Map<String, String> footer = new LinkedHashMap<>();
		footer.put("Mentions légales", "/mentions-legales");
		footer.put("Confidentialité", "/confidentialite");
		footer.put("Sources et licences", "/sources");
		footer.put("Accessibilité", "/accessibilite");
		for (Map.Entry<String, String> link : footer.entrySet()) {
			Page page = open("/");

			activate(page.locator("footer")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link.getKey()).setExact(true)));

			assertThat(page).hasURL(url(link.getValue()));
			assertThat(page.locator("h1")).hasText(link.getKey());
			assertNoHorizontalScroll(page);
			assertBasicAccessibility(page);
		}
	}

	@BrowserJourney // #2
	void sourcesPageCreditsTheOpenData() {
		Page page = open("/sources");

		assertThat(page.locator("main")).containsText("France Travail");
		assertThat(page.locator("main")).containsText("Licence Ouverte 2.0");
		assertThat(page.locator("main")).containsText("ODbL");
		assertThat(page.locator("main")).containsText("swisstopo");
		assertBasicAccessibility(page);
	}

	private static Locator door(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
