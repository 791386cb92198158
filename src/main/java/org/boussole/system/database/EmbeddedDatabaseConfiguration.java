package org.boussole.system.database;

import javax.sql.DataSource;

import org.boussole.shared.BoussoleSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded default: with no {@code spring.datasource.url}, Boussole runs its own
 * PostgreSQL under the data directory. With one, Spring Boot's usual data source applies
 * and none of this is created.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(BoussoleSettings settings,
			@Value("${boussole.embedded-database.fresh:false}") boolean fresh) {
		return EmbeddedDatabase.open(settings.resolve("postgres"), fresh);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.username());
		dataSource.setPoolName("boussole");
		return dataSource;
	}

}
