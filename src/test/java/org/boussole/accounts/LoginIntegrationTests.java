package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AppIntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Test // #2
	void unknownAddressAndWrongPasswordGetTheSameGenericError() {
		String email = uniqueEmail("generique");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		var wrongPassword = logIn(mvc, email, "pas le bon mot de passe", fromNewAddress());
		var unknown = logIn(mvc, uniqueEmail("personne"), "pas le bon mot de passe", fromNewAddress());
		assertThat(wrongPassword).hasRedirectedUrl("/connexion?erreur");
		assertThat(unknown).hasRedirectedUrl("/connexion?erreur");
		assertThat(mvc.get().uri("/connexion?erreur")).hasStatusOk()
			.bodyText()
			.contains("Adresse électronique ou mot de passe incorrect.", "aria-invalid=\"true\"");
	}

	@Test // #2
	void throttlesAnAccountAfterFiveFailuresEvenWithTheRightPassword() {
		String email = uniqueEmail("bloque");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(logIn(mvc, email, "mauvais " + i, fromNewAddress())).hasRedirectedUrl("/connexion?erreur");
		}
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/connexion?bloque");
		assertThat(mvc.get().uri("/connexion?bloque")).bodyText().contains("Trop de tentatives");
	}

	@Test // #2
	void throttlesAnIpAddressAcrossAccounts() {
		RequestPostProcessor address = fromNewAddress();
		for (int i = 0; i < 20; i++) {
			logIn(mvc, uniqueEmail("balayage"), "mauvais", address);
		}
		String email = uniqueEmail("meme-ip");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		assertThat(logIn(mvc, email, PASSWORD, address)).hasRedirectedUrl("/connexion?bloque");
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void everyFormPostWithoutCsrfTokenIsRefused() {
		CurrentUser user = new CurrentUser(java.util.UUID.randomUUID(), "x@exemple.fr", "X", roles(Role.EDITOR), false);
		RequestPostProcessor loggedIn = authentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		RequestPostProcessor halfLoggedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(AccountAuthenticationProvider.TOTP_PENDING))));
		for (String uri : List.of("/connexion", "/inscription", "/inscription/renvoyer", "/mot-de-passe-oublie",
				"/mot-de-passe/nouveau", "/invitation")) {
			assertThat(mvc.post().uri(uri).param("email", "x@exemple.fr")).as(uri).hasStatus(403);
		}
		for (String uri : List.of("/compte/profil", "/compte/mot-de-passe", "/compte/double-authentification",
				"/compte/double-authentification/desactiver")) {
			assertThat(mvc.post().uri(uri).with(loggedIn)).as(uri).hasStatus(403);
		}
		assertThat(mvc.post().uri("/connexion/code").with(halfLoggedIn).param("code", "123456")).hasStatus(403);
	}

}
