package org.boussole.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A Boussole process killed with SIGKILL leaves its PostgreSQL server running on the data
 * directory: the next start stops it and starts normally, while a directory that a living
 * process uses is refused with a clear message. Each test runs the server in a child JVM,
 * as the application or a command would.
 */
class OrphanServerTests {

	private final List<Process> children = new ArrayList<>();

	private Path directory;

	@BeforeEach
	void aFreshDataDirectory() throws IOException {
		Files.createDirectories(Path.of("target"));
		directory = Files.createTempDirectory(Path.of("target"), "orphan-postgres-").toAbsolutePath();
	}

	@AfterEach
	void endEverything() throws Exception {
		for (Process child : children) {
			child.destroyForcibly().waitFor();
		}
		// stops a server still left, then deletes its files
		EmbeddedDatabase.open(directory, false).close();
		FileSystemUtils.deleteRecursively(directory);
	}

	@Test // #21
	void aServerLeftByAKilledProcessIsStoppedAndTheNextStartWorks() throws Exception {
		Process child = runServerInChild();
		long postmaster = postmasterPid();
		child.destroyForcibly();
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
			.as("the server outlives the JVM killed with SIGKILL")
			.contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory, false)) {
			assertThat(selectOne(database)).isEqualTo(1);
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
				.as("the server left behind was stopped")
				.isFalse();
			assertThat(postmasterPid()).isNotEqualTo(postmaster);
		}
	}

	@Test // #21
	void aDirectoryThatALivingProcessUsesIsRefusedWithAClearMessageAndItsServerKept() throws Exception {
		runServerInChild();
		long postmaster = postmasterPid();
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.open(directory, false))
			.withMessageContaining("déjà utilisé par un autre processus Boussole");
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
	}

	@Test // #21
	void aPidFileLeftByACrashedServerIsIgnored() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory, false)) {
			assertThat(selectOne(database)).isEqualTo(1);
		}
		// as after a power cut: the file names a process that is no server
		Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory);
		try (EmbeddedDatabase database = EmbeddedDatabase.open(directory, false)) {
			assertThat(selectOne(database)).isEqualTo(1);
		}
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	private Process runServerInChild() throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseProcess.class.getName(), directory.toString())
			.redirectErrorStream(true)
			.start();
		children.add(child);
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null) {
			if (line.equals(EmbeddedDatabaseProcess.READY)) {
				return child;
			}
		}
		throw new IllegalStateException("The child process ended before its server ran");
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
	}

	private static int selectOne(EmbeddedDatabase database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select 1")) {
			result.next();
			return result.getInt(1);
		}
	}

}
