package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.tokenOf;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.stream.Stream;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AppIntegrationTest
@RecordApplicationEvents
class SignUpIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AccountManagement management;

	private MvcTestResult signUp(String name, String email, String password, String confirmation, boolean consent) {
		var request = mvc.post()
			.uri("/inscription")
			.with(csrf())
			.with(fromNewAddress())
			.param("displayName", name)
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
		return (consent ? request.param("consent", "true") : request).exchange();
	}

	private List<AccountEvents.EmailConfirmationRequested> confirmations(String email) {
		return events.stream(AccountEvents.EmailConfirmationRequested.class)
			.filter(e -> e.email().equals(email))
			.toList();
	}

	@Test // #2
	void showsTheSignUpFormWithConsentToThePrivacyPolicy() {
		assertThat(mvc.get().uri("/inscription")).hasStatusOk()
			.bodyText()
			.contains("Créer un compte", "name=\"consent\"", "href=\"/confidentialite\"", "_csrf");
	}

	@Test // #2
	void signsUpConfirmsTheAddressThenLogsIn() {
		String email = uniqueEmail("inscription");
		assertThat(signUp("Camille Martin", email, PASSWORD, PASSWORD, true)).hasRedirectedUrl("/inscription/envoye");
		assertThat(mvc.get().uri("/inscription/envoye")).hasStatusOk()
			.bodyText()
			.contains("Consultez votre messagerie");
		UserAccount account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
		assertThat(account.getRoles()).containsExactly(Role.BENEFICIARY);
		assertThat(account.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}");

		List<AccountEvents.EmailConfirmationRequested> sent = confirmations(email);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).link()).startsWith("http://").contains("/inscription/confirmer?jeton=");
		assertThat(sent.get(0).language()).isEqualTo("fr");

		assertThat(mvc.get().uri("/inscription/confirmer?jeton=" + tokenOf(sent.get(0).link())))
			.hasRedirectedUrl("/connexion")
			.flash()
			.containsEntry("flash", "accounts.signup.confirmed");
		assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
	}

	@Test // #2
	void refusesLoginBeforeConfirmationWithTheNotConfirmedMessage() {
		String email = uniqueEmail("non-confirme");
		signUp("Camille", email, PASSWORD, PASSWORD, true);
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/connexion?non-confirme");
		assertThat(mvc.get().uri("/connexion?non-confirme")).bodyText().contains("pas encore confirmée");
	}

	@Test // #2
	void aReusedOrUnknownConfirmationLinkGetsAClearPage() {
		String email = uniqueEmail("reutilise");
		signUp("Camille", email, PASSWORD, PASSWORD, true);
		String token = tokenOf(confirmations(email).get(0).link());
		assertThat(mvc.get().uri("/inscription/confirmer?jeton=" + token)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/inscription/confirmer?jeton=" + token)).hasStatusOk()
			.bodyText()
			.contains("déjà servi", "href=\"/inscription/renvoyer\"");
		assertThat(mvc.get().uri("/inscription/confirmer?jeton=inconnu")).hasStatusOk()
			.bodyText()
			.contains("pas valable");
		assertThat(mvc.get().uri("/inscription/confirmer")).hasStatusOk().bodyText().contains("pas valable");
	}

	@Test // #2
	void aDuplicateSignUpShowsTheSamePageAndCreatesNothing() {
		String email = uniqueEmail("doublon");
		signUp("Première", email, PASSWORD, PASSWORD, true);
		UserAccount first = accounts.findByEmail(email).orElseThrow();

		assertThat(
				signUp("Seconde", email.toUpperCase(), "autre phrase assez longue", "autre phrase assez longue", true))
			.hasRedirectedUrl("/inscription/envoye");
		UserAccount after = accounts.findByEmail(email).orElseThrow();
		assertThat(after.getId()).isEqualTo(first.getId());
		assertThat(after.getDisplayName()).isEqualTo("Première");
		assertThat(after.getPasswordHash()).isEqualTo(first.getPasswordHash());
		// the pending account gets a fresh link, and the first one stops working
		List<AccountEvents.EmailConfirmationRequested> sent = confirmations(email);
		assertThat(sent).hasSize(2);
		assertThat(mvc.get().uri("/inscription/confirmer?jeton=" + tokenOf(sent.get(0).link()))).bodyText()
			.contains("déjà servi");
	}

	@Test
	void aSignUpForAnActiveAccountAnswersTheSamePageCreatesNothingAndTellsTheOwner() {
		String email = uniqueEmail("actif");
		management.createActiveAccount(email, "Déjà là", AccountTestSupport.roles(Role.BENEFICIARY), PASSWORD);
		UserAccount before = accounts.findByEmail(email).orElseThrow();
		MvcTestResult known = signUp("Autre", email, "autre phrase assez longue", "autre phrase assez longue", true);
		MvcTestResult fresh = signUp("Autre", uniqueEmail("neuve"), PASSWORD, PASSWORD, true);
		assertThat(known).hasRedirectedUrl("/inscription/envoye");
		assertThat(fresh).hasRedirectedUrl("/inscription/envoye");
		assertThat(confirmations(email)).isEmpty();
		assertThat(events.stream(AccountEvents.SignUpWithTakenAddress.class).filter(e -> e.email().equals(email)))
			.singleElement()
			.satisfies(event -> assertThat(event.displayName()).isEqualTo("Déjà là"));
		UserAccount after = accounts.findByEmail(email).orElseThrow();
		assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
		assertThat(after.getDisplayName()).isEqualTo("Déjà là");
	}

	static Stream<Arguments> badSignUps() {
		String email = "bon@exemple.fr";
		String longEmail = "a".repeat(244) + "@exemple.fr";
		return Stream.of(Arguments.of("Camille", email, "court", "court", true, "au moins 12 caractères"),
				Arguments.of("Camille", email, PASSWORD, PASSWORD + "x", true, "ne sont pas identiques"),
				Arguments.of("Camille", "pas-une-adresse", PASSWORD, PASSWORD, true, "pas valable"),
				Arguments.of("Camille", longEmail, PASSWORD, PASSWORD, true, "au plus 254 caractères"),
				Arguments.of("", email, PASSWORD, PASSWORD, true, "Indiquez votre nom."),
				Arguments.of("x".repeat(121), email, PASSWORD, PASSWORD, true, "au plus 120 caractères"),
				Arguments.of("<script>alert(1)</script>", email, PASSWORD, PASSWORD, true,
						"ne peut pas contenir les caractères &lt; et &gt;"),
				Arguments.of("Camille", email, PASSWORD, PASSWORD, false, "acceptez la politique de confidentialité"),
				Arguments.of("Camille", "", PASSWORD, PASSWORD, true, "Indiquez votre adresse électronique."));
	}

	@ParameterizedTest // #2
	@MethodSource("badSignUps")
	void badInputGetsAFrenchMessageNextToTheFieldKeepsWhatWasTypedAndCreatesNothing(String name, String email,
			String password, String confirmation, boolean consent, String message) throws Exception {
		// the valid address is made unique so that a wrongly created account would be
		// found
		String uniqueEmail = email.equals("bon@exemple.fr") ? uniqueEmail("bon") : email;
		MvcTestResult result = signUp(name, uniqueEmail, password, confirmation, consent);
		assertThat(result).hasStatusOk().hasViewName("accounts/signup");
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains(message, "aria-invalid=\"true\"", "Le formulaire contient des erreurs")
			.doesNotContain(PASSWORD)
			.doesNotContain("<script>alert");
		if (!uniqueEmail.isEmpty()) {
			assertThat(body).contains("value=\"" + uniqueEmail + "\"");
		}
		if (!name.isEmpty() && name.length() < 100) {
			assertThat(body).contains("value=\"" + name.replace("<", "&lt;").replace(">", "&gt;") + "\"");
		}
		if (!uniqueEmail.isEmpty()) {
			assertThat(accounts.findByEmail(uniqueEmail)).isEmpty();
		}
		assertThat(events.stream(AccountEvents.EmailConfirmationRequested.class)).isEmpty();
	}

	@Test // #2
	void resendingAConfirmationLinkAnswersTheSameForAnyAddress() {
		String email = uniqueEmail("renvoi");
		signUp("Camille", email, PASSWORD, PASSWORD, true);
		assertThat(mvc.post().uri("/inscription/renvoyer").with(csrf()).with(fromNewAddress()).param("email", email))
			.hasRedirectedUrl("/inscription/envoye");
		assertThat(mvc.post()
			.uri("/inscription/renvoyer")
			.with(csrf())
			.with(fromNewAddress())
			.param("email", uniqueEmail("personne"))).hasRedirectedUrl("/inscription/envoye");
		assertThat(confirmations(email)).hasSize(2);
		assertThat(events.stream(AccountEvents.EmailConfirmationRequested.class)).hasSize(2);
		assertThat(mvc.post().uri("/inscription/renvoyer").with(csrf()).param("email", "n'importe quoi")).hasStatusOk()
			.bodyText()
			.contains("pas valable");
	}

}
