package org.boussole.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The home page and the public pages of the site, in a real browser on a phone and on a desktop. */
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

	private static Locator door(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
