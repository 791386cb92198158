package org.boussole.content.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.browser.Viewport;
import org.boussole.network.NetworkManagement;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A beneficiary finds a workshop on their phone, signs in from the event page, registers,
 * and sees the confirmation and one place fewer.
 */
class EventRegistrationBrowserTests extends BrowserTest {

	@Autowired
	EventRepository events;

	@Autowired
	NetworkManagement network;

	@BrowserJourney(Viewport.PHONE) // #3
	void aBeneficiaryRegistersForAWorkshopFromTheirPhone() {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 5);
		Page page = open("/evenements");
		assertBasicAccessibility(page);
		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(event.getTitle())));
		assertThat(page.locator("h1")).hasText(event.getTitle());
		assertThat(page.locator("#places-left")).hasText("5 places restantes");

		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter pour s'inscrire")));
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true))
			.fill("camille.martin@demo.boussole.test");
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("Demo-Boussole-2026");
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter").setExact(true)));

		// back on the event page after signing in
		assertThat(page).hasURL(url("/evenements/" + event.getId()));
		activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S'inscrire").setExact(true)));

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre inscription est confirmée");
		assertThat(page.locator("main")).containsText("Vous êtes inscrit·e à cet événement.");
		assertThat(page.locator("#places-left")).hasText("4 places restantes");
		assertNoHorizontalScroll(page);
		assertBasicAccessibility(page);

		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tous les événements")));
		activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes inscriptions")));
		assertThat(page.locator("main")).containsText(event.getTitle());
	}

}
