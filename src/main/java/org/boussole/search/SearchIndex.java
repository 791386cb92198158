package org.boussole.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boussole.shared.BoussoleSettings;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Keeps the search table and its index in step with the content: refreshes one type of
 * document at a time (only the rows that changed are written, and so re-indexed), and
 * rebuilds the whole index when it is missing or incomplete. One change at a time.
 */
@Service
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * The version of the index mapping: raise it when the indexed fields change, so that
	 * an index written by an earlier version is rebuilt at start.
	 */
	static final String MAPPING_VERSION = "3";

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final SearchSources sources;

	private final TitleVocabulary vocabulary;

	private final Path indexDirectory;

	private final Path versionFile;

	SearchIndex(EntityManager entityManager, PlatformTransactionManager transactionManager, SearchSources sources,
			TitleVocabulary vocabulary, BoussoleSettings settings) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sources = sources;
		this.vocabulary = vocabulary;
		this.indexDirectory = SearchConfiguration.indexRoot(settings).resolve(SearchDocument.INDEX);
		this.versionFile = SearchConfiguration.indexRoot(settings).resolve(SearchDocument.INDEX + ".version");
	}

	/**
	 * Reads that type of content again and writes what changed.
	 * @return how many rows were added, changed or removed
	 */
	synchronized int refresh(SearchType type) {
		List<SearchDocument> wanted = sources.documents(type);
		Integer changed = transactions.execute(status -> write(type, wanted));
		vocabulary.invalidate();
		return changed == null ? 0 : changed;
	}

	private int write(SearchType type, List<SearchDocument> wanted) {
		Map<String, SearchDocument> existing = new HashMap<>();
		entityManager.createQuery("select d from SearchDocument d where d.type = :type", SearchDocument.class)
			.setParameter("type", type)
			.getResultList()
			.forEach(d -> existing.put(d.getKey(), d));
		int changed = 0;
		for (SearchDocument document : wanted) {
			SearchDocument before = existing.remove(document.getKey());
			if (before == null) {
				entityManager.persist(document);
				changed++;
			}
			else if (before.copy(document)) {
				changed++;
			}
		}
		existing.values().forEach(entityManager::remove);
		return changed + existing.size();
	}

	/** Refreshes every type; the changes reach the index as they are written. */
	synchronized void refreshAll() {
		for (SearchType type : SearchType.values()) {
			refresh(type);
		}
	}

	/**
	 * Fills the table from the content, then indexes every row again from scratch.
	 * @return how many documents the index holds
	 */
	synchronized long rebuild() {
		long start = System.nanoTime();
		try {
			Files.createDirectories(indexDirectory);
			refreshAll();
			try {
				massIndex();
			}
			catch (org.hibernate.search.util.common.SearchException ex) {
				// a directory removed under a running writer fails once, then the writer
				// is
				// opened afresh
				log.warn("Search index rebuild failed, trying once more: {}", ex.getMessage());
				Files.createDirectories(indexDirectory);
				massIndex();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Search index rebuild interrupted", ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot create " + indexDirectory, ex);
		}
		writeVersion();
		long count = indexedCount();
		log.info("Search index rebuilt: {} documents in {} ms", count, (System.nanoTime() - start) / 1_000_000);
		return count;
	}

	private void massIndex() throws InterruptedException {
		Search.mapping(entityManager.getEntityManagerFactory())
			.scope(SearchDocument.class)
			.massIndexer()
			.dropAndCreateSchemaOnStart(true)
			.threadsToLoadObjects(2)
			.startAndWait();
	}

	/**
	 * @return whether the index is missing, unreadable or holds fewer documents than the
	 * table
	 */
	boolean needsRebuild() {
		if (!Files.isDirectory(indexDirectory) || !MAPPING_VERSION.equals(readVersion())) {
			return true;
		}
		try {
			Long rows = transactions
				.execute(status -> entityManager.createQuery("select count(d) from SearchDocument d", Long.class)
					.getSingleResult());
			return rows == null || rows == 0 || indexedCount() != rows;
		}
		catch (RuntimeException ex) {
			log.warn("The search index cannot be read: {}", ex.toString());
			return true;
		}
	}

	private String readVersion() {
		try {
			return Files.isRegularFile(versionFile) ? Files.readString(versionFile).strip() : "";
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

	private void writeVersion() {
		try {
			Files.writeString(versionFile, MAPPING_VERSION);
		}
		catch (java.io.IOException ex) {
			log.warn("Could not write {}: {}", versionFile, ex.toString());
		}
	}

	long indexedCount() {
		Long count = transactions.execute(status -> Search.session(entityManager)
			.search(SearchDocument.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
		return count == null ? 0 : count;
	}

}
