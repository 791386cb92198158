package org.boussole.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.boussole.shared.BoussoleSettings;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search backend ({@code boussole.search.backend}). With Lucene (the
 * default), the index lives under {@code <data-dir>/search} with the French analysis, and
 * an index that cannot be read is removed before Hibernate Search opens it, so that the
 * site starts and the index is rebuilt rather than failing the start. With Elasticsearch
 * or OpenSearch, the index lives in the cluster with the same French analysis and nothing
 * is written under the data directory; {@link SearchIndex} creates, checks and rebuilds
 * it after the start, so that an unreachable cluster or an outdated index never stops the
 * site. Any Hibernate Search property set under {@code spring.jpa.properties} wins.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	private static final String BACKEND = "hibernate.search.backend.";

	private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]*|");

	@Bean
	HibernatePropertiesCustomizer searchProperties(BoussoleSettings settings, SearchBackendSettings backend) {
		Map<String, Object> wanted = hibernateSearchProperties(backend, indexRoot(settings));
		return properties -> {
			if (!backend.shared()) {
				removeIfUnreadable(indexRoot(settings).resolve(SearchDocument.INDEX));
			}
			// the backend type is Boussole's choice; the rest may be tuned by hand
			properties.put(BACKEND + "type", wanted.get(BACKEND + "type"));
			wanted.forEach(properties::putIfAbsent);
		};
	}

	/**
	 * @param indexRoot where the embedded Lucene index lives
	 * @return the Hibernate Search properties of the chosen backend
	 */
	static Map<String, Object> hibernateSearchProperties(SearchBackendSettings settings, Path indexRoot) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (!settings.shared()) {
			properties.put(BACKEND + "type", "lucene");
			properties.put(BACKEND + "directory.root", indexRoot.toString());
			properties.put(BACKEND + "analysis.configurer", BeanReference.ofInstance(new FrenchAnalysis()));
			properties.put(BACKEND + "lucene_version", "LATEST");
			return properties;
		}
		SearchBackendSettings.Elasticsearch cluster = settings.elasticsearch();
		if (!INDEX_PREFIX.matcher(cluster.indexPrefix()).matches()) {
			throw new IllegalStateException("boussole.search.elasticsearch.index-prefix must be lower case letters, "
					+ "digits, '-', '_' or '.': " + cluster.indexPrefix());
		}
		properties.put(BACKEND + "type", "elasticsearch");
		properties.put(BACKEND + "hosts", String.join(",", cluster.hosts()));
		properties.put(BACKEND + "protocol", cluster.protocol());
		String username = cluster.username();
		if (username != null && !username.isBlank()) {
			String password = cluster.password();
			properties.put(BACKEND + "username", username);
			properties.put(BACKEND + "password", password == null ? "" : password);
		}
		String version = cluster.version();
		if (version != null && !version.isBlank()) {
			properties.put(BACKEND + "version",
					cluster.distribution().name().toLowerCase(Locale.ROOT) + ":" + version.strip());
			// the version is known: no need to reach the cluster to start
			properties.put(BACKEND + "version_check.enabled", "false");
		}
		properties.put(BACKEND + "analysis.configurer", BeanReference.ofInstance(new ElasticsearchFrenchAnalysis()));
		properties.put(BACKEND + "layout.strategy",
				BeanReference.ofInstance(new PrefixedIndexLayout(cluster.indexPrefix(), SearchIndex.MAPPING_VERSION)));
		// created, checked and rebuilt by SearchIndex once the application runs
		properties.put("hibernate.search.schema_management.strategy", "none");
		properties.put("hibernate.search.indexing.plan.synchronization.strategy", cluster.synchronization());
		return properties;
	}

	static Path indexRoot(BoussoleSettings settings) {
		return settings.resolve("search");
	}

	static void removeIfUnreadable(Path index) {
		if (!Files.isDirectory(index)) {
			return;
		}
		try (FSDirectory directory = FSDirectory.open(index)) {
			if (DirectoryReader.indexExists(directory)) {
				DirectoryReader.open(directory).close();
				return;
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The search index at {} cannot be read ({}); it is removed and will be rebuilt", index,
					ex.toString());
		}
		deleteTree(index);
	}

	static void deleteTree(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", path, ex.toString());
		}
	}

}
