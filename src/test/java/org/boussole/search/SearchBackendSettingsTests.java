package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.ElasticsearchDistributionName;
import org.hibernate.search.backend.elasticsearch.ElasticsearchVersion;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.junit.jupiter.api.Test;

/** How {@code boussole.search.*} becomes Hibernate Search's configuration. */
class SearchBackendSettingsTests {

	private static final Path ROOT = Path.of("/srv/boussole/search");

	private static SearchBackendSettings.Elasticsearch cluster(SearchBackendSettings.Distribution distribution,
			String version, String username) {
		return new SearchBackendSettings.Elasticsearch(List.of("es1.example.org:9200", "es2.example.org:9200"), "https",
				username, "secret", distribution, version, "prod-", "read-sync");
	}

	@Test // #4
	void luceneKeepsTheIndexUnderTheDataDirectoryWithTheFrenchAnalysis() {
		Map<String, Object> properties = SearchConfiguration
			.hibernateSearchProperties(new SearchBackendSettings(SearchBackendSettings.Backend.LUCENE,
					cluster(SearchBackendSettings.Distribution.ELASTIC, "", "")), ROOT);
		assertThat(properties).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.directory.root", ROOT.toString())
			.doesNotContainKeys("hibernate.search.backend.hosts", "hibernate.search.schema_management.strategy");
		assertThat(properties.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(BeanReference.class);
	}

	@Test // #4
	void elasticsearchReachesTheClusterWithTheSameAnalysisAndNoLocalDirectory() {
		Map<String, Object> properties = SearchConfiguration
			.hibernateSearchProperties(new SearchBackendSettings(SearchBackendSettings.Backend.ELASTICSEARCH,
					cluster(SearchBackendSettings.Distribution.ELASTIC, "9.2", "boussole")), ROOT);
		assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.hosts", "es1.example.org:9200,es2.example.org:9200")
			.containsEntry("hibernate.search.backend.protocol", "https")
			.containsEntry("hibernate.search.backend.username", "boussole")
			.containsEntry("hibernate.search.backend.password", "secret")
			.containsEntry("hibernate.search.backend.version", "elastic:9.2")
			.containsEntry("hibernate.search.backend.version_check.enabled", "false")
			.containsEntry("hibernate.search.schema_management.strategy", "none")
			.containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "read-sync")
			.doesNotContainKeys("hibernate.search.backend.directory.root", "hibernate.search.backend.lucene_version");
		assertThat(properties.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(BeanReference.class);
		assertThat(properties.get("hibernate.search.backend.layout.strategy")).isInstanceOf(BeanReference.class);
		assertThat(ElasticsearchVersion.of((String) properties.get("hibernate.search.backend.version")).major())
			.isEqualTo(9);
	}

	@Test // #4
	void openSearchIsADistributionOfTheSameBackend() {
		Map<String, Object> properties = SearchConfiguration
			.hibernateSearchProperties(new SearchBackendSettings(SearchBackendSettings.Backend.ELASTICSEARCH,
					cluster(SearchBackendSettings.Distribution.OPENSEARCH, " 2.19 ", "")), ROOT);
		assertThat(properties).containsEntry("hibernate.search.backend.version", "opensearch:2.19")
			.doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.backend.password");
		assertThat(ElasticsearchVersion.of((String) properties.get("hibernate.search.backend.version")).distribution())
			.isEqualTo(ElasticsearchDistributionName.OPENSEARCH);
	}

	@Test // #4
	void withoutAVersionTheClusterIsAskedForItAtStart() {
		Map<String, Object> properties = SearchConfiguration
			.hibernateSearchProperties(new SearchBackendSettings(SearchBackendSettings.Backend.ELASTICSEARCH,
					cluster(SearchBackendSettings.Distribution.ELASTIC, "", "")), ROOT);
		assertThat(properties).doesNotContainKeys("hibernate.search.backend.version",
				"hibernate.search.backend.version_check.enabled");
	}

	@Test // #4
	void anIndexPrefixThatTheClusterWouldRefuseStopsTheStart() {
		SearchBackendSettings.Elasticsearch cluster = new SearchBackendSettings.Elasticsearch(List.of("localhost:9200"),
				"http", null, null, SearchBackendSettings.Distribution.ELASTIC, null, "Prod/", "read-sync");
		assertThatIllegalStateException()
			.isThrownBy(() -> SearchConfiguration.hibernateSearchProperties(
					new SearchBackendSettings(SearchBackendSettings.Backend.ELASTICSEARCH, cluster), ROOT))
			.withMessageContaining("index-prefix");
	}

	@Test // #4
	void indexNamesArePrefixedAndVersionedAndReadBack() {
		PrefixedIndexLayout layout = new PrefixedIndexLayout("prod-", "2");
		assertThat(layout.createInitialElasticsearchIndexName("documents")).isEqualTo("prod-documents-v2-000001");
		assertThat(layout.createWriteAlias("documents")).isEqualTo("prod-documents-v2-write");
		assertThat(layout.createReadAlias("documents")).isEqualTo("prod-documents-v2-read");
		assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("prod-documents-v2-000007"))
			.isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("documents"));
		assertThat(new PrefixedIndexLayout("", "3").createReadAlias("documents")).isEqualTo("documents-v3-read");
	}

}
