package org.boussole;

import org.boussole.system.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Boussole: online career guidance for adults.
 * <p>
 * Without arguments, starts the web application. With a command as first argument
 * ({@code help}, ...), runs that command against the same data directory and database
 * without the web server, then exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class Application {

	public static void main(String[] args) {
		if (CommandLineMode.isCommand(args)) {
			System.exit(CommandLineMode.run(Application.class, args));
		}
		SpringApplication.run(Application.class, args);
	}

}
