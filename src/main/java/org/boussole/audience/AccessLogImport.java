package org.boussole.audience;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports web-server access logs into the audience store (DESIGN.md §5). Each file is
 * imported in one transaction, so that a failure leaves nothing of it; a file whose bytes
 * were imported before is skipped, and every row carries a key derived from its log line,
 * so that files that overlap (a log and its rotated copy) add each page view once.
 */
@Service
class AccessLogImport {

	static final int MAX_REPORTED_LINES = 20;

	private final PageViewStore store;

	private final UserAgents userAgents;

	private final VisitorKeys visitorKeys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccessLogImport(PageViewStore store, UserAgents userAgents, VisitorKeys visitorKeys,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.userAgents = userAgents;
		this.visitorKeys = visitorKeys;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param files readable files, plain or gzip-compressed (told by their content, not
	 * their name)
	 * @param format the format of every file
	 * @param searchParameters query parameters that mark a search, in addition to those
	 * of the definition
	 * @return what was imported, never {@literal null}
	 */
	ImportSummary importFiles(List<Path> files, LogFormat format, List<String> searchParameters) {
		long started = System.nanoTime();
		// loads the User-Agent patterns in the background while the first lines are read
		userAgents.warmUp();
		PageViewRules rules = new PageViewRules(searchParameters);
		List<ImportSummary.FileImport> imports = new ArrayList<>();
		for (Path file : files) {
			imports.add(importFile(file, format, rules));
		}
		return new ImportSummary(imports, Duration.ofNanos(System.nanoTime() - started));
	}

	private ImportSummary.FileImport importFile(Path file, LogFormat format, PageViewRules rules) {
		String name = file.toString();
		// the file's fingerprint is computed while it is read, rather than by a first
		// reading of its own: a file imported before is then read for nothing, but every
		// new file is read once
		ImportSummary.FileImport result = transactions.execute(status -> {
			AccessLogReader reader = new AccessLogReader(format, rules, userAgents, visitorKeys, MAX_REPORTED_LINES);
			PageViewCopy batch = store.startImport();
			MessageDigest sha256 = sha256();
			LogReadCounts counts;
			try (InputStream raw = new DigestInputStream(Files.newInputStream(file), sha256);
					InputStream in = decompressing(raw)) {
				counts = reader.read(in, batch);
				drain(raw);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + name + ": " + ex.getMessage(), ex);
			}
			batch.endCopy();
			String fingerprint = HexFormat.of().formatHex(sha256.digest());
			if (store.isImported(fingerprint)) {
				status.setRollbackOnly();
				return new ImportSummary.FileImport(name, true, new LogReadCounts(0), 0);
			}
			long added = batch.finish();
			store.recordImport(fingerprint, name, clock.instant(), counts, added);
			return new ImportSummary.FileImport(name, false, counts, added);
		});
		if (result == null) {
			throw new IllegalStateException("the import of " + name + " returned nothing");
		}
		return result;
	}

	/**
	 * Reads what the parser left (a gzip trailer, bytes after an error) into the digest.
	 */
	private static void drain(InputStream raw) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		while (raw.read(buffer) >= 0) {
			// the digest sees every byte read
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return the stream, decompressed when it starts with the gzip signature (whatever
	 * the file is named)
	 */
	static InputStream decompressing(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		if (first == 0x1f && second == 0x8b) {
			return new GZIPInputStream(in, 64 * 1024);
		}
		return in;
	}

}
