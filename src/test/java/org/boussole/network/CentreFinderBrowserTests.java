package org.boussole.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The public centre finder in a real browser, on a phone and on a desktop, from the home
 * page to a site's page.
 */
class CentreFinderBrowserTests extends BrowserTest {

	private static final Pattern DISTANCE = Pattern.compile("^\\d+,\\d km$");

	@BrowserJourney // #2
	void visitorFindsTheNearestCentresFromThePostalCodeOnTheHomePage() {
		Page page = open("/");
		page.getByLabel("Code postal ou commune (France ou canton de Genève)").fill("74100");
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trouver un centre").setExact(true)));

		assertThat(page).hasURL(url("/centres?q=74100"));
		assertThat(page.locator("h1")).hasText("Trouver un centre");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(2).setName("Résultats autour de Annemasse (74100)")))
			.isVisible();
		assertThat(firstResult(page).locator("h3")).hasText("MIFE Annemasse (démo)");
		assertThat(firstResult(page).locator(".distance")).hasText(DISTANCE);
		assertThat(finderField(page)).hasValue("74100");
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void visitorPicksTheirCommuneWhenSeveralMatchThenSearchesGeneva() {
		Page page = open("/centres");
		search(page, "Saint-Julien");

		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Plusieurs communes correspondent : choisissez la vôtre")))
			.isVisible();
		assertThat(page.locator("ol.results")).hasCount(0);
		assertBasicAccessibility(page);
		activate(page.locator("main")
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Saint-Julien-en-Genevois (74160)").setExact(true)));

		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Résultats autour de Saint-Julien-en-Genevois (74160)")))
			.isVisible();
		assertThat(page.locator("ol.results > li")
			.filter(new Locator.FilterOptions().setHasText("MIFE Saint-Julien-en-Genevois (démo)"))).hasCount(1);
		assertThat(firstResult(page).locator(".distance")).hasText(DISTANCE);

		search(page, "1204");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Résultats autour de Genève (1204)")))
			.isVisible();
		assertThat(firstResult(page).locator("h3")).hasText("OFPC Genève – Cité des métiers (démo)");
		assertThat(firstResult(page)).containsText("OFPC Genève (démo)");
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void unknownPostalCodeIsExplainedInFrenchNextToTheFieldAndKeptInIt() {
		Page page = open("/centres");
		search(page, "99999");

		assertThat(page).hasURL(url("/centres?q=99999"));
		assertThat(page.locator("#centre-q-error"))
			.hasText("Nous ne connaissons pas ce code postal. Vérifiez-le ou saisissez le nom de la commune.");
		assertThat(finderField(page)).hasValue("99999");
		assertThat(finderField(page)).hasAttribute("aria-invalid", "true");
		assertThat(finderField(page)).hasAttribute("aria-describedby", "centre-q-hint centre-q-error");
		assertThat(page.locator("ol.results")).hasCount(0);
		assertBasicAccessibility(page);
	}

	@BrowserJourney // #2
	void visitorOpensTheNearestSitesPageFromTheResults() {
		Page page = open("/centres?q=74100");
		Locator link = firstResult(page).locator("h3").getByRole(AriaRole.LINK);
		assertThat(link).hasText("MIFE Annemasse (démo)");

		activate(link);

		assertThat(page).hasURL(Pattern.compile("/centres/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).hasText("MIFE Annemasse (démo)");
		assertThat(page.locator("main")).containsText("MIFE du Genevois français (démo)");
		assertThat(page.locator("main")).containsText("74100 Annemasse");
		assertThat(
				page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("01 99 00 10 10")))
			.hasAttribute("href", Pattern.compile("^tel:"));
		assertBasicAccessibility(page);

		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trouver un autre centre")));
		assertThat(page).hasURL(url("/centres"));
	}

	private void search(Page page, String text) {
		finderField(page).fill(text);
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trouver").setExact(true)));
	}

	private static Locator finderField(Page page) {
		return page.getByLabel("Code postal ou commune", new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator firstResult(Page page) {
		return page.locator("ol.results > li").first();
	}

}
