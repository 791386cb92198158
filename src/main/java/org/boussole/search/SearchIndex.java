package org.boussole.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.boussole.shared.BoussoleSettings;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
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
 * <p>
 * The embedded Lucene index is checked through its directory and a version file under
 * {@code <data-dir>/search}. An index in an Elasticsearch or OpenSearch cluster is
 * checked against the mapping that Hibernate Search expects, and created before the first
 * write; since several nodes share it, one rebuild at a time runs in the whole
 * installation (a PostgreSQL advisory lock), and a node that waited for another's rebuild
 * does not do it again.
 */
@Service
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * The version of the index mapping: raise it when the indexed fields change, so that
	 * an index written by an earlier version is rebuilt at start (the embedded index) or
	 * a new one is built beside it (a shared index, see {@link PrefixedIndexLayout}).
	 */
	static final String MAPPING_VERSION = "3";

	/** The advisory lock held by the node that rebuilds a shared index. */
	static final long REBUILD_LOCK = 0x626f7573736f6c65L;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final SearchSources sources;

	private final TitleVocabulary vocabulary;

	private final Path indexDirectory;

	private final Path versionFile;

	/** Whether the index lives in a cluster shared by several nodes. */
	private final boolean shared;

	/** Whether the shared index is known to exist. */
	private volatile boolean schemaReady;

	SearchIndex(EntityManager entityManager, PlatformTransactionManager transactionManager, SearchSources sources,
			TitleVocabulary vocabulary, BoussoleSettings settings, SearchBackendSettings backend) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sources = sources;
		this.vocabulary = vocabulary;
		this.indexDirectory = SearchConfiguration.indexRoot(settings).resolve(SearchDocument.INDEX);
		this.versionFile = SearchConfiguration.indexRoot(settings).resolve(SearchDocument.INDEX + ".version");
		this.shared = backend.shared();
	}

	/**
	 * Reads that type of content again and writes what changed.
	 * @return how many rows were added, changed or removed
	 */
	synchronized int refresh(SearchType type) {
		List<SearchDocument> wanted = sources.documents(type);
		createSchemaIfMissing();
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
		if (!shared) {
			return rebuildNow();
		}
		Long count = underRebuildLock(this::rebuildNow);
		return count == null ? 0 : count;
	}

	/**
	 * Rebuilds the index when {@link #needsRebuild()}; with a shared index, looks again
	 * once no other node rebuilds it.
	 * @return whether the index was rebuilt
	 */
	synchronized boolean rebuildIfNeeded() {
		if (!needsRebuild()) {
			return false;
		}
		if (!shared) {
			rebuildNow();
			return true;
		}
		Boolean rebuilt = underRebuildLock(() -> {
			if (!needsRebuild()) {
				log.info("The search index was rebuilt by another node");
				return false;
			}
			rebuildNow();
			return true;
		});
		return Boolean.TRUE.equals(rebuilt);
	}

	/**
	 * Runs the work while this node holds the installation-wide rebuild lock, waiting for
	 * another node's rebuild to end.
	 */
	private <T> @Nullable T underRebuildLock(Supplier<T> work) {
		return transactions.execute(status -> {
			entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) locked")
				.setParameter("key", REBUILD_LOCK)
				.getSingleResult();
			return work.get();
		});
	}

	private long rebuildNow() {
		long start = System.nanoTime();
		try {
			createLocalDirectory();
			refreshAll();
			try {
				massIndex();
			}
			catch (org.hibernate.search.util.common.SearchException ex) {
				// a directory removed under a running writer fails once, then the writer
				// is
				// opened afresh
				log.warn("Search index rebuild failed, trying once more: {}", ex.getMessage());
				createLocalDirectory();
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
		schemaReady = true;
		if (!shared) {
			writeVersion();
		}
		long count = indexedCount();
		log.info("Search index rebuilt: {} documents in {} ms", count, (System.nanoTime() - start) / 1_000_000);
		return count;
	}

	private void createLocalDirectory() throws java.io.IOException {
		if (!shared) {
			Files.createDirectories(indexDirectory);
		}
	}

	/**
	 * Creates the shared index before the first write, so that the cluster never creates
	 * one of its own with guessed field types; nothing to do for the embedded index,
	 * which Hibernate Search creates at start.
	 */
	private void createSchemaIfMissing() {
		if (shared && !schemaReady) {
			Search.mapping(entityManager.getEntityManagerFactory())
				.scope(SearchDocument.class)
				.schemaManager()
				.createIfMissing();
			schemaReady = true;
		}
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
	 * @return whether the index is missing, unreadable, made for another mapping or holds
	 * another number of documents than the table
	 */
	boolean needsRebuild() {
		if (!shared && (!Files.isDirectory(indexDirectory) || !MAPPING_VERSION.equals(readVersion()))) {
			return true;
		}
		try {
			if (shared) {
				// missing, unreachable or made for another mapping
				Search.mapping(entityManager.getEntityManagerFactory())
					.scope(SearchDocument.class)
					.schemaManager()
					.validate();
				schemaReady = true;
			}
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
