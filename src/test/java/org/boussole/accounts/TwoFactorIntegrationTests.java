package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.code;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AppIntegrationTest
class TwoFactorIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	UserAccountRepository accounts;

	/** Opens the set-up page and confirms it with the current code; @return the secret */
	private String enrol(MockHttpSession session) throws Exception {
		assertThat(mvc.get().uri("/compte/double-authentification").session(session)).hasStatusOk()
			.bodyText()
			.contains("src=\"data:image/png;base64,");
		String secret = (String) session.getAttribute(TwoFactorController.PENDING_SECRET);
		assertThat(
				mvc.post().uri("/compte/double-authentification").session(session).with(csrf()).param("code", "000000"))
			.hasStatusOk()
			.bodyText()
			.contains("Ce code est incorrect");
		assertThat(mvc.post()
			.uri("/compte/double-authentification")
			.session(session)
			.with(csrf())
			.param("code", code(secret, 0))).hasRedirectedUrl("/compte");
		return secret;
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult sendCode(MockHttpSession session, String code,
			RequestPostProcessor address) {
		return mvc.post()
			.uri("/connexion/code")
			.session(session)
			.with(csrf())
			.with(address)
			.param("code", code)
			.exchange();
	}

	@Test // #2
	void staffEnrolThenLogInWithACodeThatCannotBeReplayed() throws Exception {
		String email = uniqueEmail("totp");
		management.createActiveAccount(email, "Noa", roles(Role.COUNSELLOR), PASSWORD);
		String secret = enrol(session(logIn(mvc, email, PASSWORD, fromNewAddress())));
		assertThat(accounts.findByEmail(email).orElseThrow().isTotpEnabled()).isTrue();

		RequestPostProcessor address = fromNewAddress();
		var login = logIn(mvc, email, PASSWORD, address);
		assertThat(login).hasRedirectedUrl("/connexion/code");
		MockHttpSession half = session(login);
		assertThat(mvc.get().uri("/compte").session(half)).hasRedirectedUrl("/connexion/code");
		assertThat(mvc.get().uri("/connexion/code").session(half)).hasStatusOk()
			.bodyText()
			.contains("Code de vérification");
		assertThat(sendCode(half, "123", address)).hasStatusOk().bodyText().contains("incorrect");
		String next = code(secret, 1);
		assertThat(sendCode(half, next, address)).hasRedirectedUrl("/compte");
		assertThat(mvc.get().uri("/compte").session(half)).hasStatusOk().bodyText().contains("Activée");

		// the same code a second time, in another login, is refused
		MockHttpSession again = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		assertThat(sendCode(again, next, fromNewAddress())).hasStatusOk().bodyText().contains("déjà servi");
		assertThat(mvc.get().uri("/compte").session(again)).hasRedirectedUrl("/connexion/code");
	}

	@Test // #2
	void networkAdministratorsMustEnrolAndCannotDisable() throws Exception {
		String email = uniqueEmail("admin-reseau");
		management.createActiveAccount(email, "Ada", roles(Role.NETWORK_ADMIN), PASSWORD);
		var login = logIn(mvc, email, PASSWORD, fromNewAddress());
		assertThat(login).hasRedirectedUrl("/compte/double-authentification");
		MockHttpSession session = session(login);
		assertThat(mvc.get().uri("/compte").session(session)).hasRedirectedUrl("/compte/double-authentification");
		assertThat(mvc.get().uri("/compte/double-authentification").session(session)).bodyText()
			.contains("obligatoire pour les administrateurs du réseau");
		enrol(session);
		assertThat(mvc.get().uri("/compte").session(session)).hasStatusOk();
		assertThat(mvc.get().uri("/compte/double-authentification").session(session)).bodyText()
			.doesNotContain("/compte/double-authentification/desactiver");
		assertThat(mvc.post()
			.uri("/compte/double-authentification/desactiver")
			.session(session)
			.with(csrf())
			.param("password", PASSWORD)).hasStatus3xxRedirection();
		assertThat(accounts.findByEmail(email).orElseThrow().isTotpEnabled()).isTrue();
	}

	@Test // #2
	void staffMayDisableWithTheirPassword() throws Exception {
		String email = uniqueEmail("desactive");
		management.createActiveAccount(email, "Eli", roles(Role.EDITOR), PASSWORD);
		MockHttpSession session = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		enrol(session);
		assertThat(mvc.post()
			.uri("/compte/double-authentification/desactiver")
			.session(session)
			.with(csrf())
			.param("password", "mauvais mot de passe")).hasStatusOk().bodyText().contains("reste activée");
		assertThat(mvc.post()
			.uri("/compte/double-authentification/desactiver")
			.session(session)
			.with(csrf())
			.param("password", PASSWORD)).hasRedirectedUrl("/compte");
		assertThat(accounts.findByEmail(email).orElseThrow().isTotpEnabled()).isFalse();
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void wrongCodesCountAgainstTheLoginThrottle() throws Exception {
		String email = uniqueEmail("codes-faux");
		management.createActiveAccount(email, "Max", roles(Role.COUNSELLOR), PASSWORD);
		String secret = enrol(session(logIn(mvc, email, PASSWORD, fromNewAddress())));
		MockHttpSession half = session(logIn(mvc, email, PASSWORD, fromNewAddress()));
		RequestPostProcessor address = fromNewAddress();
		for (int i = 0; i < 5; i++) {
			sendCode(half, "000000", address);
		}
		assertThat(sendCode(half, code(secret, 1), address)).hasStatusOk().bodyText().contains("Trop de tentatives");
	}

}
