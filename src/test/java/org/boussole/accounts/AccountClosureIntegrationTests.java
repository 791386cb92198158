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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A beneficiary closes their own account with their password and an explicit
 * confirmation; staff cannot, and a mistake changes nothing.
 */
@AppIntegrationTest
@RecordApplicationEvents
class AccountClosureIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountManagement management;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession loggedIn(String email, Role... roles) {
		management.createActiveAccount(email, "Léa Petit", roles(roles), PASSWORD);
		return session(logIn(mvc, email, PASSWORD, fromNewAddress()));
	}

	@Test // #5
	void theFormAsksForThePasswordAndAConfirmation() {
		MockHttpSession session = loggedIn(uniqueEmail("fermer"), Role.BENEFICIARY);
		assertThat(mvc.get().uri("/compte").session(session)).bodyText().contains("Mes données");
		assertThat(mvc.get().uri("/compte/fermer").session(session)).hasStatusOk()
			.bodyText()
			.contains("définitive", "Mot de passe actuel", "Je comprends");
	}

	@Test // #5
	void aWrongPasswordOrNoConfirmationChangesNothing() {
		String email = uniqueEmail("erreur");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);

		assertThat(mvc.post()
			.uri("/compte/fermer")
			.session(session)
			.with(csrf())
			.param("password", "pas le bon mot de passe")
			.param("confirmed", "true")).hasStatusOk()
			.model()
			.extractingBindingResult("closeAccountForm")
			.hasFieldErrorCode("password", "accounts.validation.password.currentWrong");
		assertThat(mvc.post().uri("/compte/fermer").session(session).with(csrf()).param("password", PASSWORD))
			.hasStatusOk()
			.body()
			.asString()
			.contains("aria-invalid=\"true\"", "confirmed-error", "Cochez la case");

		UserAccount account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.getDisplayName()).isEqualTo("Léa Petit");
		assertThat(events.stream(AccountClosed.class)).isEmpty();
		assertThat(mvc.get().uri("/compte").session(session)).hasStatusOk();
	}

	@Test // #5
	void staffCannotCloseTheirOwnAccount() {
		String email = uniqueEmail("conseil");
		MockHttpSession session = loggedIn(email, Role.COUNSELLOR);
		assertThat(mvc.get().uri("/compte/fermer").session(session)).hasStatusOk()
			.bodyText()
			.contains("administrateur")
			.doesNotContain("Fermer définitivement");

		assertThat(mvc.post()
			.uri("/compte/fermer")
			.session(session)
			.with(csrf())
			.param("password", PASSWORD)
			.param("confirmed", "true")).hasStatusOk().bodyText().contains("administrateur");

		assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(events.stream(AccountClosed.class)).isEmpty();
	}

	@Test // #5
	void aSessionOfAnAccountClosedOnAnotherNodeIsRefusedAtItsNextRequest() {
		String email = uniqueEmail("autre-noeud");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		// another node of the cluster closes the account: this one is not told, the
		// database is all they share
		assertThat(jdbc.update("update accounts.user_account set status = 'CLOSED' where email = ?", email))
			.isEqualTo(1);

		assertThat(mvc.get().uri("/compte").session(session)).hasRedirectedUrl("/connexion?fin");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test // #5
	void aSessionOfAnAccountDisabledByAnAdministratorIsRefusedAtItsNextRequest() {
		String email = uniqueEmail("desactive");
		MockHttpSession session = loggedIn(email, Role.COUNSELLOR);
		jdbc.update("update accounts.user_account set status = 'DISABLED' where email = ?", email);

		assertThat(mvc.get().uri("/compte").session(session)).hasRedirectedUrl("/connexion?fin");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test // #5
	void aClosedAccountIsAnonymisedLoggedOutAndItsAddressFreeAgain() {
		String email = uniqueEmail("ferme");
		MockHttpSession session = loggedIn(email, Role.BENEFICIARY);
		MockHttpSession elsewhere = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		UserAccount before = accounts.findByEmail(email).orElseThrow();
		assertThat(before.getLastLoginAt()).isNotNull();
		assertThat(mvc.get().uri("/compte").session(elsewhere)).hasStatusOk();

		assertThat(mvc.post()
			.uri("/compte/fermer")
			.session(session)
			.with(csrf())
			.param("password", PASSWORD)
			.param("confirmed", "true")).hasRedirectedUrl("/");

		UserAccount closed = accounts.findById(before.getId()).orElseThrow();
		assertThat(closed.getStatus()).isEqualTo(AccountStatus.CLOSED);
		assertThat(closed.getEmail()).isEqualTo("ferme-" + before.getId() + "@invalid");
		assertThat(closed.getPasswordHash()).isNull();
		assertThat(closed.getClosedAt()).isNotNull();
		assertThat(events.stream(AccountClosed.class)).containsExactly(new AccountClosed(before.getId(), email));
		assertThat(session.isInvalid()).isTrue();
		// the session opened in another browser ends at its next request
		assertThat(mvc.get().uri("/compte").session(elsewhere)).hasRedirectedUrl("/connexion?fin");
		assertThat(elsewhere.isInvalid()).isTrue();
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/connexion?erreur");
		assertThat(mvc.post().uri("/connexion").with(csrf()).param("email", closed.getEmail()).param("password", ""))
			.hasRedirectedUrl("/connexion?erreur");

		assertThat(management.signUp(email, "Léa Petit", PASSWORD, java.util.Locale.FRENCH, "192.0.2.158")).isPresent();
	}

}
