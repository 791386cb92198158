package org.boussole.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntPredicate;

import org.boussole.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database goes away while Boussole runs, and comes back: readiness goes down within
 * seconds, pages that need the database say quickly that the service is unavailable,
 * pages that do not keep working, and everything recovers without a restart. A stop with
 * the database gone takes less than 15 s.
 */
class DatabaseLossTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path postgresDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test // #21
	void aLostDatabaseIsSaidQuicklyAndRecoveredWithoutARestart() throws Exception {
		int port = freePort();
		EmbeddedPostgres server = start(port);
		// as arguments, which come before the test JVM's system properties (its shared
		// data
		// directory)
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--boussole.data-dir=" + dataDir, "--server.port=0",
				"--boussole.demo-data=false", "--logging.file.name=", "--boussole.audience.live.enabled=false");
		try {
			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);
			assertThat(status(base + "/evenements")).isEqualTo(200);

			server.close();
			long lost = System.nanoTime();
			awaitStatus(base + "/actuator/health/readiness", code -> code == 503, Duration.ofSeconds(10));
			System.out.printf("Readiness down %d ms after the database stopped%n", millisSince(lost));

			// the first requests may meet connections of the pool that the server closed,
			// the
			// next ones no connection at all: each is said the same way
			for (int request = 0; request < 3; request++) {
				long asked = System.nanoTime();
				HttpResponse<String> page = get(base + "/evenements");
				assertThat(millisSince(asked)).as("a page that needs the database answers quickly").isLessThan(5_000);
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).contains("30");
				assertThat(page.body()).contains("Service momentanément indisponible").doesNotContain("Exception");
			}
			assertThat(status(base + "/mentions-legales")).as("a page without the database").isEqualTo(200);

			server = start(port);
			long back = System.nanoTime();
			awaitStatus(base + "/actuator/health/readiness", code -> code == 200, Duration.ofSeconds(30));
			System.out.printf("Readiness up %d ms after the database came back%n", millisSince(back));
			assertThat(status(base + "/evenements")).isEqualTo(200);

			server.close();
			awaitStatus(base + "/actuator/health/readiness", code -> code == 503, Duration.ofSeconds(10));
			long stopping = System.nanoTime();
			context.close();
			System.out.printf("Stopped in %d ms with the database gone%n", millisSince(stopping));
			assertThat(millisSince(stopping)).as("a stop with the database gone").isLessThan(15_000);
		}
		finally {
			context.close();
			server.close();
		}
	}

	private EmbeddedPostgres start(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(postgresDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.start();
	}

	private void awaitStatus(String url, IntPredicate expected, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		int last = -1;
		while (System.nanoTime() < deadline) {
			last = status(url);
			if (expected.test(last)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(url + " still answers " + last + " after " + within.toSeconds() + " s");
	}

	private int status(String url) throws Exception {
		return get(url).statusCode();
	}

	/** As a browser asks: pages in HTML, the health endpoints in JSON. */
	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", url.contains("/actuator/") ? "application/json" : "text/html,*/*;q=0.8")
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
