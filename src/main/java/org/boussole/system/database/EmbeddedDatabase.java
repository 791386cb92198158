package org.boussole.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server that Boussole starts by itself when no database is configured.
 * Its files live under {@code <data-dir>/postgres}, so a restart keeps everything.
 * <p>
 * One server runs per data directory and JVM: several Spring contexts (as in a test run)
 * share it, and it stops when the last of them closes.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "boussole";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Map<Path, Server> servers = new HashMap<>();

	private final Server server;

	private boolean closed;

	private EmbeddedDatabase(Server server) {
		this.server = server;
	}

	/**
	 * Starts the server of that directory, or joins it if it is already running in this
	 * JVM.
	 * @param directory where the database files live, must not be {@literal null}
	 * @param fresh whether to delete existing files before the first start in this JVM
	 * (tests only)
	 * @return a handle to close when the caller no longer needs the server
	 */
	public static EmbeddedDatabase open(Path directory, boolean fresh) {
		Path key = directory.toAbsolutePath().normalize();
		synchronized (servers) {
			Server server = servers.get(key);
			if (server == null) {
				server = Server.start(key, fresh);
				servers.put(key, server);
			}
			server.users++;
			return new EmbeddedDatabase(server);
		}
	}

	/**
	 * @return the JDBC address of Boussole's database on this server
	 */
	public String jdbcUrl() {
		return server.postgres.getJdbcUrl("postgres", DATABASE);
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() {
		synchronized (servers) {
			if (closed) {
				return;
			}
			closed = true;
			if (--server.users == 0) {
				servers.remove(server.directory);
				server.stop();
			}
		}
	}

	private static final class Server {

		private final Path directory;

		private final EmbeddedPostgres postgres;

		private int users;

		private Server(Path directory, EmbeddedPostgres postgres) {
			this.directory = directory;
			this.postgres = postgres;
		}

		static Server start(Path directory, boolean fresh) {
			try {
				if (fresh) {
					FileSystemUtils.deleteRecursively(directory);
				}
				Files.createDirectories(directory);
				OrphanServer.stopIfAny(directory);
				long started = System.nanoTime();
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					// Spring stops the server when the last context closes; the library's
					// own JVM hook would stop it
					// while the application is still closing, and the closing would wait
					// for a dead database
					.setRegisterShutdownHook(false)
					// the library is made for tests and turns durability off: Boussole
					// keeps what it writes
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("timezone", "UTC")
					.setServerConfig("max_connections", "50")
					.start();
				createDatabase(postgres);
				log.info("Embedded PostgreSQL started in {} ms with its files in {}",
						(System.nanoTime() - started) / 1_000_000, directory);
				return new Server(directory, postgres);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
			}
		}

		private static void createDatabase(EmbeddedPostgres postgres) throws IOException {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				try (ResultSet rs = statement
					.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
					if (!rs.next()) {
						statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
					}
				}
			}
			catch (SQLException ex) {
				throw new IOException("Could not create the database " + DATABASE, ex);
			}
		}

		void stop() {
			try {
				postgres.close();
				log.info("Embedded PostgreSQL stopped");
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}

	}

}
