package org.boussole.system;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/** {@code help} lists the commands; {@code help <command>} shows the options of one. */
@Command(name = "help", helpCommand = true,
		description = "Affiche la liste des commandes, ou les options d'une commande (help <commande>).")
class HelpCommand implements IHelpCommandInitializable2, Runnable {

	@Parameters(arity = "0..1", paramLabel = "COMMANDE", description = "la commande dont afficher les options")
	String command;

	private CommandLine self;

	private PrintWriter out;

	@Override
	public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
		this.self = helpCommandLine;
		this.out = out;
	}

	@Override
	public void run() {
		CommandLine parent = self.getParent();
		CommandLine target = (command == null) ? parent : parent.getSubcommands().get(command);
		if (target == null) {
			throw new CommandLine.ParameterException(self, "commande inconnue : " + command);
		}
		target.usage(out);
		out.flush();
	}

}
