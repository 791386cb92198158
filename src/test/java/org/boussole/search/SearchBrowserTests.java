package org.boussole.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Page;

/**
 * A visitor searches from the header box and opens a job fiche, on a phone and a desktop.
 */
class SearchBrowserTests extends BrowserTest {

	@BrowserJourney // #4
	void visitorSearchesFromTheHeaderAndOpensAFiche() {
		Page page = open("/");
		page.getByLabel("Rechercher sur le site").fill("boulangère");
		page.getByLabel("Rechercher sur le site").press("Enter");

		assertThat(page).hasURL(Pattern.compile("/recherche\\?q="));
		assertThat(page.locator("h1")).hasText("Rechercher");
		assertThat(page.locator("ol.search-results > li").first().locator(".search-code")).hasText("D1102");
		assertBasicAccessibility(page);
		activate(page.locator("ol.search-results > li").first().locator("h2 a"));

		assertThat(page).hasURL(url("/metiers/D1102"));
	}

}
