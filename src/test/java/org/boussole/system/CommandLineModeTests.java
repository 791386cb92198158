package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CommandLineModeTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	@Test // #2
	void tellsCommandsFromWebApplicationOptions() {
		assertThat(CommandLineMode.isCommand(new String[] { "help" })).isTrue();
		assertThat(CommandLineMode.isCommand(new String[] { "audience", "report" })).isTrue();
		assertThat(CommandLineMode.isCommand(new String[0])).isFalse();
		assertThat(CommandLineMode.isCommand(new String[] { "--server.port=9090" })).isFalse();
	}

	@Test // #2
	void helpListsTheCommandsOfTheModules() {
		int code = run("help");
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Commandes", "greet", "Says hello", "help");
	}

	@Test // #2
	void helpOfOneCommandShowsItsOptionsInFrench() {
		assertThat(run("help", "greet")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--name");
		out.reset();
		assertThat(run("help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Affiche la liste des commandes")
			.doesNotContain("Display help");
	}

	@Test // #2
	void runsACommandAndReturnsZero() {
		assertThat(run("greet", "--name", "Camille")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Bonjour Camille");
	}

	@Test // #2
	void unknownCommandFailsWithOneLine() {
		assertThat(run("nothing")).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1)
			.first()
			.asString()
			.startsWith("Erreur");
	}

	@Test // #2
	void failingCommandPrintsOneLineAndReturnsNonZero() {
		assertThat(run("greet", "--name", "")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Erreur : le nom est vide");
	}

	private int run(String... args) {
		return CommandLineMode.execute(args, List.of(new Greet()), CommandLine.defaultFactory());
	}

	@Command(name = "greet", description = "Says hello")
	static class Greet implements CliCommand, Callable<Integer> {

		@Option(names = "--name", required = true)
		String name;

		@Override
		public Integer call() {
			if (name.isBlank()) {
				throw new IllegalArgumentException("le nom est vide");
			}
			System.out.println("Bonjour " + name);
			return 0;
		}

	}

}
