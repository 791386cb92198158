package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.tokenOf;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AppIntegrationTest
@RecordApplicationEvents
class PasswordResetIntegrationTests {

	static final String NEW_PASSWORD = "un tout nouveau secret 2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountManagement management;

	@Autowired
	AccountTokenRepository tokens;

	private MvcTestResult askForReset(String email, RequestPostProcessor address) {
		return mvc.post().uri("/mot-de-passe-oublie").with(csrf()).with(address).param("email", email).exchange();
	}

	private String resetToken(String email) {
		askForReset(email, fromNewAddress());
		return tokenOf(events.stream(AccountEvents.PasswordResetRequested.class)
			.filter(e -> e.email().equals(email))
			.reduce((first, second) -> second)
			.orElseThrow()
			.link());
	}

	private MvcTestResult setPassword(String token, String password, String confirmation) {
		return mvc.post()
			.uri("/mot-de-passe/nouveau")
			.with(csrf())
			.param("jeton", token)
			.param("password", password)
			.param("passwordConfirmation", confirmation)
			.exchange();
	}

	@Test // #2
	void resetsAForgottenPasswordOnceThroughTheLink() {
		String email = uniqueEmail("oubli");
		management.createActiveAccount(email, "Alex", roles(Role.BENEFICIARY), PASSWORD);
		String token = resetToken(email);
		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=" + token)).hasStatusOk()
			.bodyText()
			.contains("Choisir un nouveau mot de passe");

		assertThat(setPassword(token, "court", "court")).hasStatusOk()
			.bodyText()
			.contains("au moins 12 caractères", "value=\"" + token + "\"");
		assertThat(setPassword(token, NEW_PASSWORD, NEW_PASSWORD + "!")).hasStatusOk()
			.bodyText()
			.contains("ne sont pas identiques");
		assertThat(setPassword(token, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/connexion");
		assertThat(events.stream(AccountEvents.PasswordChanged.class).filter(e -> e.email().equals(email))).hasSize(1);

		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/connexion?erreur");
		assertThat(logIn(mvc, email, NEW_PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
		// the link served once
		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=" + token)).bodyText().contains("déjà servi");
		assertThat(setPassword(token, "encore une autre phrase", "encore une autre phrase")).bodyText()
			.contains("déjà servi");
	}

	@Test // #2
	void anExpiredLinkGetsAClearPageAndChangesNothing() {
		String email = uniqueEmail("expire");
		management.createActiveAccount(email, "Alex", roles(Role.BENEFICIARY), PASSWORD);
		String token = resetToken(email);
		AccountToken stored = tokens.findByTokenHash(AccountTokens.hash(token)).orElseThrow();
		stored.expireAt(Instant.now().minusSeconds(1));
		tokens.save(stored);

		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=" + token)).hasStatusOk()
			.bodyText()
			.contains("a expiré", "href=\"/mot-de-passe-oublie\"");
		assertThat(setPassword(token, NEW_PASSWORD, NEW_PASSWORD)).bodyText().contains("a expiré");
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void aNewLinkMakesTheOlderOneUseless() {
		String email = uniqueEmail("deux-liens");
		management.createActiveAccount(email, "Alex", roles(Role.BENEFICIARY), PASSWORD);
		String first = resetToken(email);
		String second = resetToken(email);
		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=" + first)).bodyText().contains("déjà servi");
		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=" + second)).bodyText().contains("name=\"password\"");
		assertThat(tokens.findByTokenHash(AccountTokens.hash(second)).orElseThrow().getExpiresAt())
			.isBefore(Instant.now().plusSeconds(3601));
	}

	@Test // #2
	void answersTheSameForAnUnknownAddressAndSendsNothing() {
		String email = uniqueEmail("inconnu");
		assertThat(askForReset(email, fromNewAddress())).hasRedirectedUrl(PasswordResetController.SENT_PATH);
		assertThat(mvc.get().uri(PasswordResetController.SENT_PATH)).hasStatusOk()
			.bodyText()
			.contains("Si un compte existe pour cette adresse");
		assertThat(events.stream(AccountEvents.PasswordResetRequested.class)).isEmpty();
		assertThat(mvc.get().uri("/mot-de-passe/nouveau?jeton=nimportequoi")).bodyText().contains("pas valable");
	}

	@Test // #2
	void limitsResetMailsForOneAddressSoThatAMailboxCannotBeFlooded() {
		String email = uniqueEmail("inonde");
		management.createActiveAccount(email, "Alex", roles(Role.BENEFICIARY), PASSWORD);
		for (int i = 0; i < 6; i++) {
			assertThat(askForReset(email, fromNewAddress())).hasRedirectedUrl(PasswordResetController.SENT_PATH);
		}
		assertThat(events.stream(AccountEvents.PasswordResetRequested.class)).hasSize(3);
	}

	@Test // #2
	void limitsResetRequestsFromOneIpAddress() {
		RequestPostProcessor address = fromNewAddress();
		for (int i = 0; i < 12; i++) {
			String email = uniqueEmail("ip");
			management.createActiveAccount(email, "Alex", roles(Role.BENEFICIARY), PASSWORD);
			askForReset(email, address);
		}
		assertThat(events.stream(AccountEvents.PasswordResetRequested.class)).hasSize(10);
	}

	@Test // #2
	void aMalformedAddressGetsAMessageNextToTheField() {
		assertThat(askForReset("pas une adresse", fromNewAddress())).hasStatusOk()
			.bodyText()
			.contains("pas valable", "value=\"pas une adresse\"", "aria-invalid=\"true\"");
		assertThat(askForReset("", fromNewAddress())).hasStatusOk().bodyText().contains("Indiquez votre adresse");
	}

}
