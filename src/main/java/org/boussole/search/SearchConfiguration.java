package org.boussole.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * Puts the Lucene index under {@code <data-dir>/search} with the French analysis. An
 * index that cannot be read is removed before Hibernate Search opens it, so that the site
 * starts and the index is rebuilt rather than failing the start.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean
	HibernatePropertiesCustomizer searchProperties(BoussoleSettings settings) {
		Path root = indexRoot(settings);
		return properties -> {
			removeIfUnreadable(root.resolve(SearchDocument.INDEX));
			properties.put("hibernate.search.backend.directory.root", root.toString());
			properties.put("hibernate.search.backend.analysis.configurer",
					BeanReference.ofInstance(new FrenchAnalysis()));
			properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
		};
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
