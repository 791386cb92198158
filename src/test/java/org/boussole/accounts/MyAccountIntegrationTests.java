package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.session;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
@RecordApplicationEvents
class MyAccountIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountManagement management;

	@Autowired
	UserAccountRepository accounts;

	private MockHttpSession loggedIn(String email, Role... roles) {
		management.createActiveAccount(email, "Léa Petit", roles(roles), PASSWORD);
		return session(logIn(mvc, email, PASSWORD, fromNewAddress()));
	}

	@Test // #2
	void showsTheSummaryWithRolesInFrenchAndNoTwoFactorForBeneficiaries() {
		String email = uniqueEmail("resume");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		assertThat(mvc.get().uri("/compte").session(session)).hasStatusOk()
			.bodyText()
			.contains("Léa Petit", email, "Bénéficiaire", "/compte/profil", "/compte/mot-de-passe")
			.doesNotContain("Double authentification");
		assertThat(mvc.get().uri("/compte/double-authentification").session(session)).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void staffSeeTheirTwoFactorStatus() {
		MockHttpSession session = loggedIn(uniqueEmail("equipe"), Role.COUNSELLOR, Role.EDITOR);
		assertThat(mvc.get().uri("/compte").session(session)).hasStatusOk()
			.bodyText()
			.contains("Conseiller ou conseillère", "Rédacteur ou rédactrice", "Double authentification", "Désactivée");
	}

	@Test // #2
	void editsTheProfileAndShowsTheNameEscaped() {
		String email = uniqueEmail("profil");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		assertThat(mvc.get().uri("/compte/profil").session(session)).hasStatusOk()
			.bodyText()
			.contains("value=\"L&eacute;a Petit\"");
		assertThat(mvc.post()
			.uri("/compte/profil")
			.session(session)
			.with(csrf())
			.param("displayName", "Zoé \"Z\" & Co")
			.param("language", "en")).hasRedirectedUrl("/compte");
		UserAccount account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getDisplayName()).isEqualTo("Zoé \"Z\" & Co");
		assertThat(account.getLocale().getLanguage()).isEqualTo("en");
		assertThat(mvc.get().uri("/compte").session(session)).bodyText().contains("Zoé &quot;Z&quot; &amp; Co");
	}

	@Test // #2
	void refusesABadProfileAndKeepsWhatWasTyped() {
		String email = uniqueEmail("profil-refuse");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		assertThat(mvc.post()
			.uri("/compte/profil")
			.session(session)
			.with(csrf())
			.param("displayName", "<img src=x onerror=alert(1)>")
			.param("language", "de")).hasStatusOk()
			.bodyText()
			.contains("ne peut pas contenir", "Choisissez le français ou l&#39;anglais",
					"value=\"&lt;img src=x onerror=alert(1)&gt;\"")
			.doesNotContain("<img src=x");
		assertThat(mvc.post()
			.uri("/compte/profil")
			.session(session)
			.with(csrf())
			.param("displayName", "   ")
			.param("language", "fr")).hasStatusOk().bodyText().contains("Indiquez votre nom.");
		assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Léa Petit");
	}

	@Test // #2
	void changingThePasswordRequiresTheCurrentOne() {
		String email = uniqueEmail("changement");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		String newPassword = "une autre phrase secrète";
		assertThat(mvc.post()
			.uri("/compte/mot-de-passe")
			.session(session)
			.with(csrf())
			.param("currentPassword", "pas le bon mot de passe")
			.param("password", newPassword)
			.param("passwordConfirmation", newPassword)).hasStatusOk()
			.bodyText()
			.contains("Le mot de passe actuel est incorrect.")
			.doesNotContain(newPassword);
		assertThat(events.stream(AccountEvents.PasswordChanged.class)).isEmpty();

		assertThat(mvc.post()
			.uri("/compte/mot-de-passe")
			.session(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("password", newPassword)
			.param("passwordConfirmation", newPassword)).hasRedirectedUrl("/compte");
		assertThat(events.stream(AccountEvents.PasswordChanged.class)).hasSize(1);
		assertThat(logIn(mvc, email, newPassword, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void anonymousVisitorsAreSentToLogin() {
		assertThat(mvc.get().uri("/compte")).hasRedirectedUrl("/connexion");
		assertThat(mvc.get().uri("/compte/profil")).hasRedirectedUrl("/connexion");
	}

}
