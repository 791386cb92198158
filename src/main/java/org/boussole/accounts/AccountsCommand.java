package org.boussole.accounts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accounts}: account commands for operators, such as inviting the first network
 * administrator.
 */
@Component
@Command(name = "accounts", description = "Comptes : inviter le premier administrateur du réseau.",
		subcommands = AccountsCommand.CreateAdmin.class)
class AccountsCommand implements CliCommand, Callable<Integer> {

	@Spec
	@SuppressWarnings("NullAway.Init")
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * {@code accounts create-admin --email E --name N}: invites a network administrator,
	 * who receives a link by e-mail to choose a password (and then sets up two-factor
	 * authentication).
	 */
	@Component
	@Command(name = "create-admin", description = "Invite un administrateur du réseau ; le lien part par courriel.")
	static class CreateAdmin implements Callable<Integer> {

		static final String INVITED_BY = "Boussole (ligne de commande)";

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Option(names = "--email", required = true, description = "adresse électronique de l'administrateur")
		@SuppressWarnings("NullAway.Init")
		String email;

		@Option(names = "--name", required = true, description = "nom affiché")
		@SuppressWarnings("NullAway.Init")
		String name;

		private final AccountManagement accounts;

		CreateAdmin(AccountManagement accounts) {
			this.accounts = accounts;
		}

		@Override
		public Integer call() {
			AccountSummary account = accounts.invite(email, name, EnumSet.of(Role.NETWORK_ADMIN), Locale.FRENCH,
					INVITED_BY);
			if (account.status() == AccountStatus.INVITED) {
				spec.commandLine().getOut().println("Invitation envoyée à " + account.email());
			}
			else {
				spec.commandLine()
					.getOut()
					.println("Le compte existant " + account.email() + " reçoit le rôle d'administrateur du réseau.");
			}
			spec.commandLine().getOut().flush();
			return 0;
		}

	}

}
