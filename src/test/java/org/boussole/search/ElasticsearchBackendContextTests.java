package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import jakarta.persistence.EntityManagerFactory;

/**
 * Boussole configured for an OpenSearch cluster that cannot be reached (nothing listens
 * on port 1): the application starts all the same, on the cluster backend, with the
 * French analysis and the prefixed index names, and a search answers with no result
 * rather than an error. The index upkeep is off, as for a command.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE,
		properties = { "boussole.command-line=true", "boussole.search.backend=elasticsearch",
				"boussole.search.elasticsearch.hosts=127.0.0.1:1",
				"boussole.search.elasticsearch.distribution=opensearch", "boussole.search.elasticsearch.version=2.19",
				"boussole.search.elasticsearch.index-prefix=test-" })
class ElasticsearchBackendContextTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	SiteSearch search;

	@Autowired
	SearchIndex index;

	@Test // #4
	void theClusterBackendIsSelectedWithoutReachingTheCluster() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		assertThat(mapping.backend().unwrap(ElasticsearchBackend.class)).isNotNull();
		assertThat(mapping.backend()).isNotInstanceOf(LuceneBackend.class);
		ElasticsearchIndexManager documents = mapping.indexedEntity(SearchDocument.class)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class);
		assertThat(documents.descriptor().readName())
			.isEqualTo("test-documents-v" + SearchIndex.MAPPING_VERSION + "-read");
		assertThat(documents.descriptor().writeName())
			.isEqualTo("test-documents-v" + SearchIndex.MAPPING_VERSION + "-write");
		assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.version", "opensearch:2.19")
			.containsEntry("hibernate.search.schema_management.strategy", "none");
	}

	@Test // #4
	void theIndexTheClusterWouldBeAskedToCreateCarriesTheFrenchAnalysis(@TempDir Path export) throws IOException {
		Search.mapping(entityManagerFactory).scope(SearchDocument.class).schemaManager().exportExpectedSchema(export);
		String schema;
		try (Stream<Path> files = Files.walk(export)) {
			schema = files.filter(Files::isRegularFile).map(ElasticsearchBackendContextTests::read).toList().toString();
		}
		assertThat(schema).contains("\"" + FrenchAnalysis.FRENCH + "\"",
				"\"" + FrenchAnalysis.AUTOCOMPLETE_QUERY + "\"", "\"" + FrenchAnalysis.SORT + "\"", "light_french",
				"edge_ngram", "\"articles_case\"", "\"jusqu\"", "\"asciifolding\"");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test // #4
	void anUnreachableClusterMeansARebuildAndNoResultsButNoError() {
		assertThat(index.needsRebuild()).isTrue();
		SiteSearch.Results results = search.search(SearchText.of("boulangère"), SiteSearch.Filters.NONE, 0, 10);
		assertThat(results.total()).isZero();
		assertThat(results.hits()).isEmpty();
	}

}
