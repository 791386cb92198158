package org.boussole.system.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by a Boussole process that ended
 * without stopping it ({@code kill -9}, a crash, a power cut of the JVM alone). The
 * server outlives its JVM and keeps {@code postmaster.pid}, so that the next start would
 * fail with "lock file already exists".
 * <p>
 * The JVM that runs the embedded server holds a lock on {@code epg-lock} in the data
 * directory for as long as it runs, and the system releases it when that JVM dies,
 * however it dies. So, before a start: if this lock can be taken, any server still
 * running on the directory is an orphan, and is stopped (a smart shutdown: it has no
 * client left); if it cannot, a living Boussole process uses the directory, and the start
 * is refused with a clear message.
 */
final class OrphanServer {

	/** The lock file of the embedded server (the library's name for it). */
	static final String LOCK_FILE = "epg-lock";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(OrphanServer.class);

	private OrphanServer() {
	}

	/**
	 * Stops the server left on that directory by a dead process, if any.
	 * @throws IllegalStateException when a living process uses the directory
	 */
	static void stopIfAny(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Le répertoire de données " + directory
						+ " est déjà utilisé par un autre processus Boussole en marche : arrêtez-le, ou donnez à"
						+ " celui-ci un autre répertoire (BOUSSOLE_DATA_DIR).");
			}
			Optional<ProcessHandle> server = postmaster(pidFile);
			if (server.isEmpty()) {
				// the file names no running server (left by a crash of the server
				// itself):
				// PostgreSQL would refuse it if its number now belongs to another program
				Files.deleteIfExists(pidFile);
				return;
			}
			stop(server.get(), directory);
		}
	}

	private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
	}

	private static void stop(ProcessHandle server, Path directory) throws IOException {
		log.warn("A PostgreSQL server (pid {}) was left running on {} by a Boussole process that ended without "
				+ "stopping it: stopping it before starting again", server.pid(), directory);
		server.destroy();
		try {
			server.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("The PostgreSQL server (pid {}) did not stop within {} s: ending it", server.pid(),
					STOP_TIMEOUT.toSeconds());
			server.destroyForcibly();
			server.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the PostgreSQL server left on " + directory, ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("Could not stop the PostgreSQL server left on " + directory, ex);
		}
		log.info("The PostgreSQL server left on {} is stopped", directory);
	}

}
