package org.boussole.content;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a ROME release into Boussole's tables in one transaction: the whole release is
 * read and checked first, then only the fiches that are new or changed are written, and
 * those absent from the release are marked retired. Importing the same release twice
 * writes nothing.
 */
@Service
class RomeImport {

	private static final Logger log = LoggerFactory.getLogger(RomeImport.class);

	private record Known(String fingerprint, boolean retired) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JobCatalogue catalogue;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RomeImport(JdbcTemplate jdbc, TransactionTemplate transactions, JobCatalogue catalogue, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * @return whether no fiche was ever imported
	 */
	boolean isEmpty() {
		Integer count = jdbc.queryForObject("select count(*) from content.job", Integer.class);
		return count == null || count == 0;
	}

	/** Imports the release shipped with Boussole. */
	ImportReport importShipped() {
		return importFrom(RomeSource.shipped());
	}

	/**
	 * @param directory a directory holding the files of a release, named as those shipped
	 * with Boussole
	 * @throws RomeImportException when a file is missing or broken; the previous data is
	 * then left as it was
	 */
	ImportReport importDirectory(Path directory) {
		return importFrom(RomeSource.directory(directory));
	}

	ImportReport importFrom(Function<String, String> files) {
		long start = System.nanoTime();
		RomeRelease release = RomeRelease.read(files);
		long read = System.nanoTime();
		ImportReport report = transactions.execute(status -> {
			jdbc.execute("lock table content.job in exclusive mode");
			ImportReport written = write(release, start);
			events.publishEvent(new ContentChanged(ContentChanged.Kind.JOBS, release.release));
			return written;
		});
		catalogue.evictAll();
		log.info("ROME import: {} (files read and checked in {} ms)", report.summary(), (read - start) / 1_000_000);
		return report;
	}

	private ImportReport write(RomeRelease release, long start) {
		Map<String, Known> known = new HashMap<>();
		jdbc.query("select code, fingerprint, retired_at from content.job", rs -> {
			known.put(rs.getString(1), new Known(rs.getString(2), rs.getTimestamp(3) != null));
		});
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		List<RomeRelease.Fiche> toWrite = new ArrayList<>();
		Map<String, String> fingerprints = new HashMap<>();
		for (RomeRelease.Fiche fiche : release.fiches.values()) {
			String fingerprint = fiche.fingerprint();
			fingerprints.put(fiche.code(), fingerprint);
			Known before = known.get(fiche.code());
			if (before == null || before.retired()) {
				added.add(fiche.code());
				toWrite.add(fiche);
			}
			else if (!before.fingerprint().equals(fingerprint)) {
				changed.add(fiche.code());
				toWrite.add(fiche);
			}
		}
		List<String> retired = new ArrayList<>();
		known.forEach((code, before) -> {
			if (!before.retired() && !release.fiches.containsKey(code)) {
				retired.add(code);
			}
		});
		retired.sort(null);
		Instant now = clock.instant();
		RomeTables tables = new RomeTables(jdbc);
		tables.writeTree(release);
		tables.writeFiches(toWrite, fingerprints, release.release);
		if (!retired.isEmpty()) {
			tables.update("update content.job set retired_at = ? where code = any(?::text[])", Timestamp.from(now),
					List.copyOf(retired));
		}
		// a new release with the same content: its name is still what the source line
		// shows
		jdbc.update("update content.job set release = ? where retired_at is null and release <> ?", release.release,
				release.release);
		long millis = (System.nanoTime() - start) / 1_000_000;
		jdbc.update(
				"insert into content.rome_import (release, imported_at, fiches, added, changed, retired, millis) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				release.release, Timestamp.from(now), release.fiches.size(), added.size(), changed.size(),
				retired.size(), millis);
		return new ImportReport(release.release, release.fiches.size(), added, changed, retired, millis);
	}

}
