package org.boussole.shared;

/**
 * Marker for a picocli command contributed by a module to the command line
 * ({@code java -jar boussole.jar
 * <command>}). Implementations are Spring beans annotated with
 * {@code @picocli.CommandLine.Command}; they become sub-commands of the top-level
 * command.
 */
public interface CliCommand {

	/**
	 * Set to {@code true} while a command runs: background jobs and start-up loaders
	 * (demo data) stay off. Use it as
	 * {@code @ConditionalOnProperty(name = CliCommand.RUNNING_PROPERTY, havingValue = "false", matchIfMissing = true)}.
	 */
	String RUNNING_PROPERTY = "boussole.command-line";

}
