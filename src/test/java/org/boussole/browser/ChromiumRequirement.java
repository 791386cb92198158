package org.boussole.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the browser tests can run on this machine. They drive the system Chromium
 * ({@value #DEFAULT_EXECUTABLE}, or the path in the system property or environment
 * variable {@value #PATH_VARIABLE}). Without it, a developer's build skips them, but a CI
 * build ({@code CI=true}) fails, so that they are never silently left out there.
 *
 * @param outcome what to do, never {@literal null}
 * @param executable the Chromium executable looked for, never {@literal null}
 * @param message why the tests do not run; empty when they run
 */
record ChromiumRequirement(Outcome outcome, String executable, String message) {

	static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";

	static final String PATH_VARIABLE = "BOUSSOLE_CHROMIUM";

	static final String MISSING = "Chromium is required for the browser tests in CI: apt-get install -y chromium";

	enum Outcome {

		RUN, SKIP, FAIL

	}

	/**
	 * @param configuredPath the path given by {@value #PATH_VARIABLE}, or {@literal null}
	 * for the default one
	 * @param isExecutable tells whether a path is an executable file
	 * @param ciVariable the value of the environment variable {@code CI}, or
	 * {@literal null} when unset
	 * @return the decision, never {@literal null}
	 */
	static ChromiumRequirement decide(@Nullable String configuredPath, Predicate<String> isExecutable,
			@Nullable String ciVariable) {
		String executable = (configuredPath == null || configuredPath.isBlank()) ? DEFAULT_EXECUTABLE
				: configuredPath.trim();
		if (isExecutable.test(executable)) {
			return new ChromiumRequirement(Outcome.RUN, executable, "");
		}
		String message = MISSING + " (no executable at " + executable + "; set " + PATH_VARIABLE
				+ " to use another one)";
		return new ChromiumRequirement(isCi(ciVariable) ? Outcome.FAIL : Outcome.SKIP, executable, message);
	}

	/**
	 * @return the decision for this JVM and machine, never {@literal null}
	 */
	static ChromiumRequirement ofThisMachine() {
		String configured = System.getProperty(PATH_VARIABLE, System.getenv(PATH_VARIABLE));
		return decide(configured, path -> Files.isRegularFile(Path.of(path)) && Files.isExecutable(Path.of(path)),
				System.getenv("CI"));
	}

	private static boolean isCi(@Nullable String ciVariable) {
		return ciVariable != null && ("true".equalsIgnoreCase(ciVariable.trim()) || "1".equals(ciVariable.trim()));
	}

	/**
	 * Skips (JUnit assumption) or fails the current test when Chromium cannot be used;
	 * does nothing otherwise.
	 */
	void enforce() {
		if (outcome == Outcome.FAIL) {
			Assertions.fail(message);
		}
		Assumptions.assumeTrue(outcome == Outcome.RUN, message);
	}

}
