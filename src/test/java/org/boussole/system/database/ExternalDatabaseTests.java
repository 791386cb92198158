package org.boussole.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boussole.Application;
import org.boussole.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With {@code spring.datasource.url} set, Boussole uses that server: it starts no
 * PostgreSQL of its own, Flyway creates the schema there, and the demo data is never
 * loaded, whatever {@code boussole.demo-data} says.
 */
class ExternalDatabaseTests {

	@TempDir
	Path dataDir;

	@Test // #2
	void usesTheConfiguredServerAndNeverLoadsDemoData() throws Exception {
		// a PostgreSQL server that Boussole did not start, standing for the production
		// server
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
					.web(WebApplicationType.NONE)
					// as arguments, which come before the test JVM's system properties
					.run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--boussole.data-dir=" + dataDir,
							"--boussole.demo-data=true", "--logging.file.name=")) {
			assertThat(context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNull();
			assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
			JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
			assertThat(jdbc.queryForObject("select count(*) from accounts.user_account", Integer.class)).isZero();
			assertThat(context.getBean(AccountManagement.class).hasAccounts()).isFalse();
		}
	}

}
