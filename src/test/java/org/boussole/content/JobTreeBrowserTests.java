package org.boussole.content;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A visitor browses the job tree from the home page down to one fiche, as a person would,
 * on a phone and on a desktop.
 */
class JobTreeBrowserTests extends BrowserTest {

	@BrowserJourney // #3
	void visitorBrowsesFromTheHomePageThroughTheDomainsToTheBakersFiche() {
		Page page = open("/");
		activate(page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("S'informer")));
		assertThat(page).hasURL(url("/s-informer"));

		activate(page.locator("main").getByRole(AriaRole.LINK, link("Les métiers")));
		assertThat(page).hasURL(url("/metiers"));
		assertThat(page.locator("h1")).hasText("Les métiers");
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);

		activate(page.locator("main").getByRole(AriaRole.LINK, link("Commerce alimentaire et métiers de bouche")));
		assertThat(page).hasURL(url("/metiers/domaines/D11"));
		assertNoHorizontalScroll(page);

		activate(page.locator("main").getByRole(AriaRole.LINK, link("Boulanger / Boulangère")));
		assertThat(page).hasURL(url("/metiers/D1102"));
		assertThat(page.locator("h1")).hasText("Boulanger / Boulangère");
		assertThat(page.locator(".job-code")).containsText("D1102");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compétences"))).isVisible();
		assertThat(page.locator(".breadcrumb")).containsText("Commerce alimentaire et métiers de bouche");
		assertThat(page.locator(".invitation a.button")).hasAttribute("href",
				"/accompagnement/demande?depuis=/metiers/D1102");
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);

		// back up the tree through the breadcrumb
		activate(page.locator(".breadcrumb").getByRole(AriaRole.LINK, link("Les métiers")));
		assertThat(page).hasURL(url("/metiers"));
	}

	private static Locator.GetByRoleOptions link(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

}
