package org.boussole.accompaniment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The bridge from reading to being accompanied: a visitor reading a job fiche asks to
 * talk to a counsellor, creates their account in the same form, and the request is routed
 * to the structure of the nearest site, remembering the fiche it came from.
 */
class RequestFromFicheBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@BrowserJourney // #5
	void visitorAsksForAccompanimentFromAJobFiche() {
		String email = "demande-" + UUID.randomUUID() + "@exemple.org";
		Page page = open("/metiers/D1102");
		activate(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("En parler avec un conseiller").setExact(true)));
		assertThat(page.locator("h1")).hasText("Demander un accompagnement");
		assertBasicAccessibility(page);

		Locator main = page.locator("main");
		main.getByLabel("En recherche d'emploi").check();
		main.getByLabel("Changer de métier").check();
		main.getByLabel("Me former").check();
		main.getByLabel("En visio").check();
		main.getByLabel("Par téléphone").check();
		main.getByLabel("Vos disponibilités").fill("Le mardi après 17 h");
		main.getByLabel("Code postal", new Locator.GetByLabelOptions().setExact(false)).first().fill("74100");
		main.getByLabel("Nom et prénom").fill("Sam Essai");
		main.getByLabel("Adresse électronique").fill(email);
		main.locator("#password").fill("une phrase assez longue");
		main.locator("#passwordConfirmation").fill("une phrase assez longue");
		main.locator("input[name=consent]").check();
		activate(main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer ma demande")));

		assertThat(page.locator("h1")).hasText("Vérifiez votre messagerie");
		String origin = jdbc.queryForObject("""
				select d.origin from accompaniment.dossier d
				join accounts.user_account a on a.id = d.beneficiary_id
				where a.email = ?""", String.class, email);
		assertThat(origin).isEqualTo("/metiers/D1102");
	}

}
