package org.boussole.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.browser.Viewport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * The demo network administrator logs in with the code of their authenticator app, in a
 * real browser. On the desktop only: a code is accepted once, so a second run within the
 * same 30 seconds would have to wait for the next one.
 */
class TwoFactorBrowserTests extends BrowserTest {

	private static final String ADMIN = "admin@demo.boussole.test";

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	JdbcTemplate jdbc;

	@BrowserJourney(Viewport.DESKTOP) // #2
	void networkAdminLogsInWithTheCodeOfTheAppAndReadsTheSentMails() throws Exception {
		Page page = open("/connexion");
		field(page, "Adresse électronique").fill(ADMIN);
		field(page, "Mot de passe").fill("Demo-Boussole-2026");
		activate(button(page, "Se connecter"));

		assertThat(page).hasURL(url("/connexion/code"));
		assertThat(page.locator("h1")).hasText("Code de vérification");
		assertThat(page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration").setExact(true)))
			.hasCount(0);
		assertBasicAccessibility(page);

		field(page, "Code à 6 chiffres").fill(unusedCode());
		activate(button(page, "Valider"));

		assertThat(page).hasURL(url("/compte"));
		assertThat(page.locator("main")).containsText("Administrateur du réseau");
		activate(page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration").setExact(true)));
		assertThat(page).hasURL(url("/admin"));
		assertBasicAccessibility(page);

		activate(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Courriels envoyés").setExact(true)));
		assertThat(page).hasURL(url("/admin/courriels"));
		assertThat(page.locator("h1")).hasText("Courriels");
		assertThat(page.getByLabel("Destinataire")).isVisible();
		assertBasicAccessibility(page);
	}

	/**
	 * A code of the current time step, or of the next one when the current one already
	 * served (a code works once): the server accepts the codes of the previous, current
	 * and next steps.
	 */
	private String unusedCode() throws Exception {
		while (true) {
			long current = Instant.now().getEpochSecond() / TwoFactorManagement.PERIOD_SECONDS;
			List<Long> used = jdbc.queryForList("select totp_last_step from accounts.user_account where email = ?",
					Long.class, ADMIN);
			long step = (used.isEmpty() || used.get(0) == null) ? current : Math.max(current, used.get(0) + 1);
			if (step <= current + 1) {
				return new DefaultCodeGenerator().generate(SECRET, step);
			}
			Thread.sleep(1000); // both usable steps served already: wait for the next one
		}
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
