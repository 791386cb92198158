package org.boussole.system;

import java.io.PrintWriter;
import java.util.Locale;

import org.boussole.shared.CliCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

/**
 * Runs one command against the data directory and database of Boussole, without the web
 * server.
 */
public final class CommandLineMode {

	/** Set while a command runs; background jobs and start-up loaders stay off then. */
	public static final String PROPERTY = CliCommand.RUNNING_PROPERTY;

	private CommandLineMode() {
	}

	/**
	 * @param args the program arguments
	 * @return whether they name a command rather than options for the web application
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Starts Boussole without its web server, runs the command and closes everything.
	 * @return the exit code: 0 on success
	 */
	public static int run(Class<?> application, String[] args) {
		// French first, whatever the machine's locale; BOUSSOLE_LANG=en for English
		// output
		String language = System.getenv("BOUSSOLE_LANG");
		Locale.setDefault((language == null || language.isBlank()) ? Locale.FRENCH : Locale.forLanguageTag(language));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(PROPERTY + "=true", "spring.main.banner-mode=off", "logging.level.root=OFF",
					"logging.file.name=")
			.run()) {
			return execute(args, context.getBeansOfType(CliCommand.class).values(), new SpringFactory(context));
		}
		catch (RuntimeException ex) {
			System.err.println("Erreur : " + rootMessage(ex));
			return 1;
		}
	}

	static int execute(String[] args, Iterable<? extends CliCommand> commands, CommandLine.IFactory factory) {
		CommandLine commandLine = new CommandLine(new BoussoleCommand(), factory);
		commandLine.addSubcommand(new HelpCommand());
		for (CliCommand command : commands) {
			commandLine.addSubcommand(command);
		}
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			cl.getErr().println("Erreur : " + rootMessage(ex));
			return 1;
		});
		commandLine.setParameterExceptionHandler((ex, params) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println("Erreur : " + ex.getMessage() + " (voir « help »)");
			return 2;
		});
		return commandLine.execute(args);
	}

	/**
	 * Lets nested sub-commands be Spring beans, so that they can use the modules'
	 * services.
	 */
	private record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {

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

	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message == null || message.isBlank()) ? cause.getClass().getSimpleName()
				: message.lines().findFirst().orElse(message);
	}

}
