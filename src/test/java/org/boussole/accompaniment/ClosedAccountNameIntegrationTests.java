package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A closed account keeps no name: the pages that show it say « Compte fermé » or "Closed
 * account" from the message bundles, in the reader's language.
 */
@AppIntegrationTest
class ClosedAccountNameIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountNames names;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	CurrentUser person;

	UUID dossier;

	@BeforeEach
	void aFollowedPersonWhoWroteAndThenClosedTheirAccount() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		counsellor = AccompanimentTestSupport.user(accounts.createActiveAccount("conseil-" + tag + "@closed.test",
				"Conseillère " + tag, EnumSet.of(Role.COUNSELLOR), AccompanimentTestSupport.PASSWORD));
		person = AccompanimentTestSupport.user(accounts.createActiveAccount("personne-" + tag + "@closed.test",
				"Léa Partie " + tag, EnumSet.of(Role.BENEFICIARY), AccompanimentTestSupport.PASSWORD));
		dossier = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
		assertThat(mvc.post()
			.uri("/mon-accompagnement/messages")
			.with(as(person))
			.with(csrf())
			.param("dossier", dossier.toString())
			.param("text", "Bonjour, je déménage.")).hasStatus3xxRedirection();
		// what closing an account leaves of the person's name: nothing
		jdbc.update("update accounts.user_account set status = 'CLOSED', display_name = null, "
				+ "email = 'ferme-' || id || '@invalid' where id = ?", person.id());
	}

	@Test // #2
	void theNameOfAClosedAccountIsGivenByTheBundlesAndNotStored() {
		AccountSummary closed = accounts.findById(person.id()).orElseThrow();
		assertThat(closed.closed()).isTrue();
		assertThat(closed.displayName()).isEmpty();
		assertThat(names.in(closed, java.util.Locale.FRENCH)).isEqualTo("Compte fermé");
		assertThat(names.in(closed, java.util.Locale.ENGLISH)).isEqualTo("Closed account");
		assertThat(names.in(accounts.findById(counsellor.id()).orElseThrow(), java.util.Locale.ENGLISH))
			.startsWith("Conseillère ");
	}

	@Test // #2
	void theDossierCaseloadAndMessagesSayCompteFermeInFrench() {
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossier).with(as(counsellor))).hasStatusOk()
			.bodyText()
			.contains("Compte fermé")
			.doesNotContain("Léa Partie");
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(counsellor))).hasStatusOk()
			.bodyText()
			.contains("Compte fermé");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}/messages", dossier).with(as(counsellor))).hasStatusOk()
			.bodyText()
			.contains("Compte fermé");
	}

	@Test // #2
	void theDossierCaseloadAndMessagesSayClosedAccountInEnglish() {
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossier).with(as(counsellor)).param("lang", "en"))
			.hasStatusOk()
			.bodyText()
			.contains("Closed account")
			.doesNotContain("Compte fermé");
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(counsellor)).param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("Closed account")
			.doesNotContain("Compte fermé");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}/messages", dossier).with(as(counsellor)).param("lang", "en"))
			.hasStatusOk()
			.bodyText()
			.contains("Closed account");
	}

	@Test // #2
	void noClosedAccountKeepsADisplayText() {
		assertThat(jdbc.queryForObject(
				"select count(*) from accounts.user_account where status = 'CLOSED' and display_name is not null",
				Integer.class))
			.isZero();
	}

}
