package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.session;
import static org.boussole.accounts.AccountTestSupport.tokenOf;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * "Log out everywhere": a password changed or reset, a staff role taken away or given,
 * and the person's sessions follow, as on a phone and a computer logged in at the same
 * time.
 */
@AppIntegrationTest
@RecordApplicationEvents
class OtherSessionsIntegrationTests {

	private static final String NEW_PASSWORD = "une toute nouvelle phrase 2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountManagement management;

	@Test // #21
	void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() {
		String email = uniqueEmail("partout");
		management.createActiveAccount(email, "Léa Partout", roles(Role.BENEFICIARY), PASSWORD);
		MockHttpSession phone = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		MockHttpSession computer = session(logIn(mvc, email, PASSWORD, fromNewAddress()));

		assertThat(mvc.post()
			.uri("/compte/mot-de-passe")
			.session(computer)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("passwordConfirmation", NEW_PASSWORD)).hasRedirectedUrl("/compte");

		assertThat(mvc.get().uri("/compte").session(computer)).hasStatusOk();
		assertThat(mvc.get().uri("/compte").session(phone)).hasRedirectedUrl("/connexion?fin");
		assertThat(phone.isInvalid()).isTrue();
		assertThat(mvc.get().uri("/connexion?fin")).bodyText().contains("Votre session a pris fin");
	}

	@Test // #21
	void aWrongCurrentPasswordEndsNothing() {
		String email = uniqueEmail("erreur");
		management.createActiveAccount(email, "Léa Erreur", roles(Role.BENEFICIARY), PASSWORD);
		MockHttpSession phone = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		MockHttpSession computer = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		assertThat(mvc.post()
			.uri("/compte/mot-de-passe")
			.session(computer)
			.with(csrf())
			.param("currentPassword", "pas le bon mot de passe")
			.param("password", NEW_PASSWORD)
			.param("passwordConfirmation", NEW_PASSWORD)).hasStatusOk();
		assertThat(mvc.get().uri("/compte").session(phone)).hasStatusOk();
	}

	@Test // #21
	void resettingTheForgottenPasswordEndsEverySession() {
		String email = uniqueEmail("oubli");
		management.createActiveAccount(email, "Léa Oubli", roles(Role.BENEFICIARY), PASSWORD);
		MockHttpSession phone = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		assertThat(mvc.post().uri("/mot-de-passe-oublie").with(csrf()).with(fromNewAddress()).param("email", email))
			.hasStatus3xxRedirection();
		String token = tokenOf(events.stream(AccountEvents.PasswordResetRequested.class)
			.filter(event -> event.email().equals(email))
			.findFirst()
			.orElseThrow()
			.link());
		assertThat(mvc.post()
			.uri("/mot-de-passe/nouveau")
			.with(csrf())
			.param("jeton", token)
			.param("password", NEW_PASSWORD)
			.param("passwordConfirmation", NEW_PASSWORD)).hasRedirectedUrl("/connexion");
		assertThat(mvc.get().uri("/compte").session(phone)).hasRedirectedUrl("/connexion?fin");
	}

	@Test // #21
	void endingTheSessionsOfAnAccountEndsThemAll() {
		String email = uniqueEmail("retire");
		AccountSummary account = management.createActiveAccount(email, "Léa Retirée", roles(Role.COUNSELLOR), PASSWORD);
		MockHttpSession phone = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		management.revokeStaffRole(account.id(), Role.COUNSELLOR);
		management.endSessions(account.id());
		assertThat(mvc.get().uri("/conseil/dossiers").session(phone)).hasRedirectedUrl("/connexion?fin");
		MockHttpSession again = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		assertThat(mvc.get().uri("/conseil/dossiers").session(again)).hasStatus(403);
		assertThat(mvc.get().uri("/compte").session(again)).hasStatusOk().bodyText().contains("Bénéficiaire");
	}

	@Test // #21
	void aRoleGivenWhileLoggedInIsTakenAtTheNextRequest() {
		String email = uniqueEmail("rejoint");
		AccountSummary account = management.createActiveAccount(email, "Léa Rejoint", roles(Role.BENEFICIARY),
				PASSWORD);
		MockHttpSession session = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		assertThat(mvc.get().uri("/conseil/dossiers").session(session)).hasStatus(403);
		management.grantStaffRole(account.id(), Role.COUNSELLOR);
		assertThat(mvc.get().uri("/conseil/dossiers").session(session)).hasStatusOk();
	}

}
