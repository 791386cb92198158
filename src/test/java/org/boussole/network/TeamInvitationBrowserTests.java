package org.boussole.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.MailboxReader;
import org.boussole.accounts.Role;
import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.shared.BoussoleSettings;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person with an account is invited to a team, accepts it signed in, works there, and
 * loses everything the team gave once an administrator removes them: as the two people
 * would do it on a phone and on a computer.
 */
class TeamInvitationBrowserTests extends BrowserTest {

	private static final String ADMIN = "responsable.genevois@demo.boussole.test";

	private static final String DEMO_PASSWORD = "Demo-Boussole-2026";

	private static final String PASSWORD = "Une phrase de passe assez longue 42";

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	BoussoleSettings boussole;

	@BrowserJourney // #21
	void aPersonJoinsATeamOnlyByAcceptingAndLosesItWhenRemoved() throws Exception {
		context().setDefaultTimeout(30_000);
		String email = "recrue-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.org";
		String name = "Rémi Recrue " + email.substring(7, 11);
		accounts.createActiveAccount(email, name, EnumSet.of(Role.BENEFICIARY), PASSWORD);
		UUID genevois = network.administeredBy(accounts.findByEmail(ADMIN).orElseThrow().id()).get(0).id();
		String team = "/admin/reseau/structures/" + genevois + "/equipe";

		// the administrator invites the address
		logIn(ADMIN, DEMO_PASSWORD);
		Page page = open(team);
		Locator form = page.locator("main form").last();
		form.getByLabel("Adresse électronique").fill(email);
		form.getByLabel("Nom").fill(name);
		form.getByLabel("Conseiller ou conseillère").check();
		activate(button(page, "Envoyer l'invitation"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("quand elle l'aura acceptée");
		assertThat(page.locator("main")).containsText("en attente de réponse");

		// the person is told by mail, signs in and accepts; nothing was given before
		String link = new MailboxReader(boussole.resolve("mail")).linkSentTo(email, "/compte/equipes");
		assertThat(link).startsWith("/compte/equipes");
		assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.BENEFICIARY);
		switchTo(email, PASSWORD);
		page = open("/compte/equipes");
		assertBasicAccessibility(page);
		assertThat(page.locator("main")).containsText("MIFE du Genevois français (démo)");
		activate(page.locator("main")
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Accepter de rejoindre MIFE du Genevois français (démo)")));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vous faites maintenant partie de l'équipe");
		open("/conseil/dossiers");
		assertThat(page.locator("h1")).hasText("Mes dossiers");

		// the administrator removes them, handing their dossiers back to the queue
		switchTo(ADMIN, DEMO_PASSWORD);
		page = open(team);
		activate(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Retirer " + name + " de l'équipe").setExact(true)));
		assertThat(page.locator("h1")).hasText("Retirer " + name + " (Conseiller ou conseillère)");
		assertBasicAccessibility(page);
		assertThat(page.getByLabel("Confier ses dossiers en cours à")).isVisible();
		activate(button(page, "Retirer"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("La personne a été retirée de l'équipe.");

		// signed in again, the person is a beneficiary once more
		switchTo(email, PASSWORD);
		tolerate("403");
		Response refused = page().navigate(url("/conseil/dossiers"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.BENEFICIARY);
	}

	private void switchTo(String email, String password) {
		context().clearCookies();
		logIn(email, password);
	}

	private void logIn(String email, String password) {
		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
		activate(button(page, "Se connecter"));
		assertThat(page).not().hasURL(url("/connexion"));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
