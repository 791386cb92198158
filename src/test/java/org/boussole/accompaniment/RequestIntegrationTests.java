package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

@AppIntegrationTest
class RequestIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	JdbcTemplate jdbc;

	@Test // #5
	void aVisitorAsksForAccompanimentAndCreatesTheAccountInTheSameForm() {
		String email = "visiteuse-" + UUID.randomUUID() + "@accompaniment.test";
		assertThat(mvc.get().uri("/accompagnement/demande?depuis=/metiers/D1102")).hasStatusOk()
			.bodyText()
			.contains("Demander un accompagnement", "Mot de passe", "politique de confidentialité", "/metiers/D1102");

		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validAnonymousRequest("74100", email))
			.with(AccompanimentTestSupport.fromNewAddress())
			.with(csrf())).hasRedirectedUrl("/accompagnement/demande/envoyee");

		var account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
		assertThat(dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(account.id())).singleElement()
			.satisfies(dossier -> {
				assertThat(dossier.getStatus()).isEqualTo(DossierStatus.REQUESTED);
				assertThat(structureName(dossier)).isEqualTo("MIFE du Genevois français (démo)");
				assertThat(dossier.getOrigin()).isEqualTo("/metiers/D1102");
				assertThat(dossier.getWishes()).containsExactlyInAnyOrder(Wish.CHANGE_JOB, Wish.TRAIN);
			});
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(
					"select count(*) from notifications.outbox_mail where recipient = ? and subject like 'Confirmez%'",
					Integer.class, email) == 1);
		assertThat(mvc.get().uri("/accompagnement/demande/envoyee")).hasStatusOk()
			.bodyText()
			.contains("Vérifiez votre messagerie");
	}

	@Test // #5
	void aVisitorWhoseAddressHasAnAccountGetsTheSameAnswerAndNothingIsStored() {
		CurrentUser existing = AccompanimentTestSupport.newBeneficiary(accounts);
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validAnonymousRequest("74100", existing.email()))
			.with(AccompanimentTestSupport.fromNewAddress())
			.with(csrf())).hasRedirectedUrl("/accompagnement/demande/envoyee");
		assertThat(dossiers.countByBeneficiaryId(existing.id())).isZero();
	}

	@Test
	void anonymousRequestsFromOneAddressObeyTheSignUpLimitThenCreateNothing() {
		var address = AccompanimentTestSupport.fromNewAddress();
		// the same limit as the sign-up page: 10 an hour from one address by default
		for (int i = 0; i < 10; i++) {
			String email = "serie-" + i + "-" + UUID.randomUUID() + "@accompaniment.test";
			assertThat(mvc.post()
				.uri("/accompagnement/demande")
				.params(AccompanimentTestSupport.validAnonymousRequest("74100", email))
				.with(address)
				.with(csrf())).hasRedirectedUrl("/accompagnement/demande/envoyee");
			assertThat(accounts.findByEmail(email)).isPresent();
		}
		String email = "de-trop-" + UUID.randomUUID() + "@accompaniment.test";
		MvcTestResult refused = mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validAnonymousRequest("74100", email))
			.with(address)
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Trop de demandes ont été envoyées depuis votre connexion", email);
		assertThat(body(refused)).doesNotContain("value=\"" + AccompanimentTestSupport.PASSWORD + "\"");
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from notifications.outbox_mail where recipient = ?",
				Integer.class, email))
			.isZero();
		// another address is not held
		String other = "autre-" + UUID.randomUUID() + "@accompaniment.test";
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validAnonymousRequest("74100", other))
			.with(AccompanimentTestSupport.fromNewAddress())
			.with(csrf())).hasRedirectedUrl("/accompagnement/demande/envoyee");
	}

	@Test // #5
	void aLoggedInBeneficiaryIsRoutedToTheNearestStructureAndThenSentToTheirDossier() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		assertThat(mvc.get().uri("/accompagnement/demande").with(as(person))).hasStatusOk()
			.bodyText()
			.doesNotContain("Mot de passe");
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validRequest("1204"))
			.with(as(person))
			.with(csrf())).hasRedirectedUrl("/mon-accompagnement");
		Dossier dossier = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(person.id()).get(0);
		assertThat(structureName(dossier)).isEqualTo("OFPC Genève (démo)");

		assertThat(mvc.get().uri("/mon-accompagnement").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Demande en attente", "OFPC Genève (démo)", "Demande d", "Et maintenant ?");
		// a second request leads to the dossier in progress instead of creating another
		// one
		assertThat(mvc.get().uri("/accompagnement/demande").with(as(person))).hasRedirectedUrl("/mon-accompagnement");
		assertThat(mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validRequest("74100"))
			.with(as(person))
			.with(csrf())).hasRedirectedUrl("/mon-accompagnement");
		assertThat(dossiers.countByBeneficiaryId(person.id())).isEqualTo(1);
	}

	@Test // #5
	void aPostalCodeNearGenevaGoesToTheGenevoisStructure() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		mvc.post()
			.uri("/accompagnement/demande")
			.params(AccompanimentTestSupport.validRequest("74100"))
			.with(as(person))
			.with(csrf())
			.exchange();
		assertThat(dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(person.id())).singleElement()
			.satisfies(dossier -> assertThat(structureName(dossier)).isEqualTo("MIFE du Genevois français (démo)"));
	}

	@Test // #5
	void badInputIsRefusedNextToTheFieldKeepsWhatWasTypedAndStoresNothing() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		refused(person, form -> form.remove("consent"), "consent", "acceptez le traitement de vos données");
		refused(person, form -> form.remove("meetingModes"), "meetingModes",
				"Choisissez au moins une manière de rencontrer votre conseiller.");
		refused(person, form -> form.set("postalCode", "99999"), "postalCode", "Nous ne trouvons pas ce code postal.");
		refused(person, form -> form.set("postalCode", "abc"), "postalCode", "Le code postal compte 5 chiffres");
		refused(person, form -> form.set("availability", "a".repeat(501)), "availability",
				"Vos disponibilités doivent tenir en 500 caractères au plus.");
		refused(person, form -> form.set("message", "b".repeat(2001)), "message",
				"Votre message doit tenir en 2 000 caractères au plus.");
		refused(person, form -> form.set("situation", "PIRATE"), "situation", "Choisissez votre situation.");
		assertThat(dossiers.countByBeneficiaryId(person.id())).isZero();
	}

	@Test // #5
	void aVisitorsBadAccountFieldsAreRefusedAndThePasswordIsNeverShownAgain() {
		String email = "refus-" + UUID.randomUUID() + "@accompaniment.test";
		MultiValueMap<String, String> form = AccompanimentTestSupport.validAnonymousRequest("74100", email);
		form.set("password", "court");
		form.set("passwordConfirmation", "court");
		form.set("displayName", "");
		var result = mvc.post()
			.uri("/accompagnement/demande")
			.params(form)
			.with(AccompanimentTestSupport.fromNewAddress())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Indiquez votre nom.", "au moins 12 caractères", email, "Le mardi soir");
		assertThat(body(result)).doesNotContain("value=\"court\"");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test // #5
	void scriptIsStoredAsTextAndEscapedOnEveryPage() {
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		MultiValueMap<String, String> form = AccompanimentTestSupport.validRequest("74100");
		form.set("message", "<script>alert('x')</script>");
		form.set("availability", "<b>lundi</b>");
		mvc.post().uri("/accompagnement/demande").params(form).with(as(person)).with(csrf()).exchange();
		Dossier dossier = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(person.id()).get(0);
		assertThat(dossier.getMessage()).isEqualTo("<script>alert('x')</script>");

		CurrentUser admin = AccompanimentTestSupport.demo(accounts, "responsable.genevois");
		String page = body(mvc.get().uri("/conseil/dossiers/{id}", dossier.getId()).with(as(admin)).exchange());
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;lundi&lt;/b&gt;")
			.doesNotContain("<script>alert", "<b>lundi");
		// typed back into the form after an error, it is escaped as well
		form.remove("consent");
		CurrentUser other = AccompanimentTestSupport.newBeneficiary(accounts);
		String refused = body(
				mvc.post().uri("/accompagnement/demande").params(form).with(as(other)).with(csrf()).exchange());
		assertThat(refused).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test // #5
	void anOriginOutsideBoussoleIsDropped() {
		assertThat(mvc.get().uri("/accompagnement/demande?depuis=//evil.example")).hasStatusOk()
			.bodyText()
			.doesNotContain("value=\"//evil.example\"")
			.contains("name=\"depuis\" value=\"\"");
		CurrentUser person = AccompanimentTestSupport.newBeneficiary(accounts);
		MultiValueMap<String, String> form = AccompanimentTestSupport.validRequest("74100");
		form.set("depuis", "//evil.example");
		assertThat(mvc.post().uri("/accompagnement/demande").params(form).with(as(person)).with(csrf()))
			.hasRedirectedUrl("/mon-accompagnement");
		assertThat(dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(person.id())).singleElement()
			.satisfies(dossier -> assertThat(dossier.getOrigin()).isNull());
	}

	@Test // #5
	void theAccompanimentPageLeadsToTheRequestForm() {
		assertThat(mvc.get().uri("/etre-accompagne")).hasStatusOk().bodyText().contains("Demander un accompagnement");
		assertThat(body(mvc.get().uri("/etre-accompagne").exchange())).contains("href=\"/accompagnement/demande\"");
	}

	private void refused(CurrentUser person, Consumer<MultiValueMap<String, String>> change, String field,
			String message) {
		MultiValueMap<String, String> form = AccompanimentTestSupport.validRequest("74100");
		change.accept(form);
		MvcTestResult result = mvc.post()
			.uri("/accompagnement/demande")
			.params(form)
			.with(as(person))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).as(field).contains(message, "id=\"" + field + "-error\"", "aria-invalid=\"true\"");
		if (!field.equals("message")) {
			assertThat(page).as("typed text kept").contains("Je voudrais travailler dans le soin.");
		}
		assertThat(dossiers.countByBeneficiaryId(person.id())).as(field).isZero();
	}

	private String structureName(Dossier dossier) {
		return network.findStructure(dossier.getStructureId()).orElseThrow().name();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
