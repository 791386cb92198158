package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.boussole.AppIntegrationTest;
import org.boussole.shared.BoussoleSettings;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.persistence.EntityManagerFactory;

/** Without {@code boussole.search.backend}, the index is the embedded Lucene one. */
@AppIntegrationTest
class LuceneBackendContextTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	BoussoleSettings settings;

	@Test // #4
	void theEmbeddedLuceneIndexUnderTheDataDirectoryIsTheDefault() {
		assertThat(Search.mapping(entityManagerFactory).backend()).isInstanceOf(LuceneBackend.class);
		assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.directory.root",
					SearchConfiguration.indexRoot(settings).toString())
			.doesNotContainKey("hibernate.search.schema_management.strategy");
	}

}
