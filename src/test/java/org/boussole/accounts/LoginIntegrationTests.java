package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.tokenOf;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AppIntegrationTest
@RecordApplicationEvents
class LoginIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	ApplicationEvents events;

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

	@Test
	void failuresFromOneAddressSlowThatAddressDownButNeverLockTheOwnerOut() {
		String email = uniqueEmail("cible");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		RequestPostProcessor attacker = fromNewAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(logIn(mvc, email, "mauvais " + i, attacker)).hasRedirectedUrl("/connexion?erreur");
		}
		// the fourth attempt from there must wait, even with the right password
		MvcTestResult slowed = logIn(mvc, email, PASSWORD, attacker);
		assertThat(slowed).hasRedirectedUrl("/connexion?bloque");
		assertThat(mvc.get().uri("/connexion?bloque").session(AccountTestSupport.session(slowed))).hasStatusOk()
			.bodyText()
			.contains("Patientez une seconde", "Recevoir un lien de déblocage");
		assertThat(mvc.get().uri("/connexion/debloquer").session(AccountTestSupport.session(slowed))).hasStatusOk()
			.bodyText()
			.contains("Débloquer la connexion", "value=\"" + email + "\"");
		// the owner, from another address, logs in at once
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test
	void manyFailuresFromManyAddressesStillLetTheOwnerIn() {
		String email = uniqueEmail("assiegee");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		for (int i = 0; i < 30; i++) {
			logIn(mvc, email, "mauvais " + i, fromNewAddress());
		}
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test
	void theUnlockLinkUnlocksTheBrowserThatOpensItOnce() {
		String email = uniqueEmail("debloquer");
		management.createActiveAccount(email, "Jo", roles(Role.BENEFICIARY), PASSWORD);
		// the owner shares an address with someone trying passwords
		RequestPostProcessor shared = fromNewAddress();
		for (int i = 0; i < 20; i++) {
			logIn(mvc, uniqueEmail("balayage"), "mauvais", shared);
		}
		assertThat(logIn(mvc, email, PASSWORD, shared)).hasRedirectedUrl("/connexion?bloque");

		assertThat(mvc.post().uri("/connexion/debloquer").with(csrf()).with(shared).param("email", email))
			.hasRedirectedUrl("/connexion/debloquer/envoye");
		String link = events.stream(AccountEvents.LoginUnlockRequested.class)
			.filter(e -> e.email().equals(email))
			.reduce((first, second) -> second)
			.orElseThrow()
			.link();
		String token = tokenOf(link);
		assertThat(mvc.get().uri("/connexion/debloquer/lien?jeton=" + token)).hasStatusOk()
			.bodyText()
			.contains("Débloquer la connexion sur ce navigateur");
		MvcTestResult unlocked = mvc.post()
			.uri("/connexion/debloquer/lien")
			.with(csrf())
			.with(shared)
			.param("jeton", token)
			.exchange();
		assertThat(unlocked).hasRedirectedUrl("/connexion");
		Cookie cookie = unlocked.getResponse().getCookie(UnlockedBrowsers.COOKIE);
		assertThat(cookie).isNotNull();

		assertThat(mvc.post()
			.uri("/connexion")
			.with(csrf())
			.with(shared)
			.cookie(cookie)
			.param("email", email)
			.param("password", PASSWORD)).hasRedirectedUrl("/compte");
		// without the cookie, the address is still held
		assertThat(logIn(mvc, email, PASSWORD, shared)).hasRedirectedUrl("/connexion?bloque");
		// the link served once
		assertThat(mvc.post().uri("/connexion/debloquer/lien").with(csrf()).param("jeton", token)).hasStatusOk()
			.bodyText()
			.contains("Ce lien a déjà servi");
		assertThat(mvc.get().uri("/connexion/debloquer/lien?jeton=" + token)).bodyText()
			.contains("Ce lien a déjà servi");
	}

	@Test
	void anUnlockRequestSaysTheSameWhateverTheAddress() {
		assertThat(mvc.post()
			.uri("/connexion/debloquer")
			.with(csrf())
			.with(fromNewAddress())
			.param("email", uniqueEmail("inconnu"))).hasRedirectedUrl("/connexion/debloquer/envoye");
		assertThat(mvc.post()
			.uri("/connexion/debloquer")
			.with(csrf())
			.with(fromNewAddress())
			.param("email", "pas une adresse")).hasStatusOk().bodyText().contains("Débloquer la connexion");
		assertThat(mvc.get().uri("/connexion/debloquer/lien?jeton=faux")).hasStatusOk()
			.bodyText()
			.contains("Ce lien n&#39;est pas valable", "Recevoir un nouveau lien de déblocage");
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
