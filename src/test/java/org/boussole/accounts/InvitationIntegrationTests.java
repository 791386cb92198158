package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.boussole.accounts.AccountTestSupport.PASSWORD;
import static org.boussole.accounts.AccountTestSupport.fromNewAddress;
import static org.boussole.accounts.AccountTestSupport.logIn;
import static org.boussole.accounts.AccountTestSupport.roles;
import static org.boussole.accounts.AccountTestSupport.tokenOf;
import static org.boussole.accounts.AccountTestSupport.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import picocli.CommandLine;

@AppIntegrationTest
@RecordApplicationEvents
class InvitationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccountManagement management;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	AccountsCommand accountsCommand;

	@Autowired
	ApplicationContext context;

	private AccountEvents.StaffInvited invitationOf(String email) {
		return events.stream(AccountEvents.StaffInvited.class)
			.filter(e -> e.email().equals(email))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private MvcTestResult accept(String token, String name, String password, String confirmation) {
		return mvc.post()
			.uri("/invitation")
			.with(csrf())
			.param("jeton", token)
			.param("displayName", name)
			.param("password", password)
			.param("passwordConfirmation", confirmation)
			.exchange();
	}

	@Test // #2
	void anInvitedStaffMemberSetsTheirPasswordAndCanLogIn() {
		String email = uniqueEmail("invite");
		AccountSummary invited = management.invite(email, "Dominique Conseil", roles(Role.COUNSELLOR, Role.EDITOR),
				Locale.FRENCH, "Admin Réseau");
		assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
		AccountEvents.StaffInvited event = invitationOf(email);
		assertThat(event.roles()).containsExactlyInAnyOrder(Role.COUNSELLOR, Role.EDITOR);
		assertThat(event.invitedBy()).isEqualTo("Admin Réseau");
		assertThat(event.link()).contains("/invitation?jeton=");
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/connexion?erreur");

		String token = tokenOf(event.link());
		assertThat(mvc.get().uri("/invitation?jeton=" + token)).hasStatusOk()
			.bodyText()
			.contains("value=\"Dominique Conseil\"", email);
		assertThat(accept(token, "", PASSWORD, PASSWORD)).hasStatusOk().bodyText().contains("Indiquez votre nom.");
		assertThat(accept(token, "Dominique", "court", "court")).hasStatusOk()
			.bodyText()
			.contains("au moins 12 caractères", "value=\"Dominique\"");
		assertThat(accept(token, "Dominique Durand", PASSWORD, PASSWORD)).hasRedirectedUrl("/connexion");

		UserAccount account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.getDisplayName()).isEqualTo("Dominique Durand");
		assertThat(logIn(mvc, email, PASSWORD, fromNewAddress())).hasRedirectedUrl("/compte");
		assertThat(accept(token, "Quelqu'un", PASSWORD, PASSWORD)).hasStatusOk().bodyText().contains("déjà servi");
	}

	@Test // #21
	void invitingAnExistingAccountGivesItNothingUntilItsOwnerAccepts() {
		String email = uniqueEmail("existant");
		management.createActiveAccount(email, "Sam", roles(Role.COUNSELLOR), PASSWORD);
		AccountSummary summary = management.invite(email, "Sam", roles(Role.EDITOR), Locale.FRENCH, "Admin");
		assertThat(summary.roles()).containsExactly(Role.COUNSELLOR);
		assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(events.stream(AccountEvents.StaffInvited.class)).isEmpty();
		management.grantStaffRole(summary.id(), Role.EDITOR);
		assertThat(management.findById(summary.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.COUNSELLOR,
				Role.EDITOR);
	}

	@Test // #21
	void settingTheFirstPasswordAcceptsTheInvitation() {
		String email = uniqueEmail("accepte");
		management.invite(email, "Dominique", roles(Role.COUNSELLOR), Locale.FRENCH, "Admin");
		String token = tokenOf(events.stream(AccountEvents.StaffInvited.class)
			.filter(event -> event.email().equals(email))
			.findFirst()
			.orElseThrow()
			.link());
		assertThat(accept(token, "Dominique Durand", PASSWORD, PASSWORD)).hasRedirectedUrl("/connexion");
		assertThat(events.stream(AccountEvents.InvitationAccepted.class)
			.filter(event -> event.accountId().equals(accounts.findByEmail(email).orElseThrow().getId()))).hasSize(1);
	}

	@Test // #2
	void refusesInvitationsWithABadAddressNameOrRole() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> management.invite("pas-une-adresse", "X", roles(Role.EDITOR), Locale.FRENCH, "A"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> management.invite(uniqueEmail("b"), "Y", roles(Role.BENEFICIARY), Locale.FRENCH, "A"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> management.invite(uniqueEmail("c"), " ", roles(Role.EDITOR), Locale.FRENCH, "A"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> management.invite(uniqueEmail("d"), "<b>Z</b>", roles(Role.EDITOR), Locale.FRENCH, "A"));
		assertThat(events.stream(AccountEvents.StaffInvited.class)).isEmpty();
	}

	@Test // #2
	void theCommandLineInvitesTheFirstNetworkAdministrator() {
		String email = uniqueEmail("premier-admin");
		StringWriter out = new StringWriter();
		CommandLine commandLine = new CommandLine(accountsCommand, new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return context.getBeanProvider(type).getIfAvailable(() -> {
					try {
						return CommandLine.defaultFactory().create(type);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
		});
		commandLine.setOut(new PrintWriter(out));
		int exit = commandLine.execute("create-admin", "--email", email, "--name", "Première Administratrice");
		assertThat(exit).isZero();
		assertThat(out.toString()).contains("Invitation envoyée à " + email);
		AccountEvents.StaffInvited event = invitationOf(email);
		assertThat(event.roles()).containsExactly(Role.NETWORK_ADMIN);
		assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.INVITED);
	}

	@Test // #2
	void theCommandLineRefusesAMalformedAddress() {
		CommandLine commandLine = new CommandLine(context.getBean(AccountsCommand.CreateAdmin.class));
		commandLine.setErr(new PrintWriter(new StringWriter()));
		assertThat(commandLine.execute("--email", "pas-une-adresse", "--name", "X")).isNotZero();
		assertThat(commandLine.execute("--name", "X")).isNotZero();
	}

}
