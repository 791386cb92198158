package org.boussole.system;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists the commands that the modules contribute. */
@Command(name = "boussole", mixinStandardHelpOptions = false,
		description = "Boussole : commandes d'exploitation. Usage : java -jar boussole.jar <commande> [options]",
		commandListHeading = "%nCommandes :%n", synopsisHeading = "Usage : ")
class BoussoleCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

}
