package org.boussole.audience;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports web-server access logs into the audience store (DESIGN.md §5). Each file is
 * imported in one transaction, so that a failure leaves nothing of it; a file whose bytes
 * were imported before is skipped, and every row carries a key derived from its log line,
 * so that files that overlap (a log and its rotated copy) add each page view once. A file
 * is parsed on a thread of its own while the page views already read are written, so that
 * both cores work.
 */
@Service
class AccessLogImport {

	static final int MAX_REPORTED_LINES = 20;

	/**
	 * Page views written in one go: large enough for few round trips, small enough to
	 * overlap.
	 */
	static final int CHUNK_SIZE = 8192;

	private static final int QUEUED_CHUNKS = 2;

	private static final long POLL_MILLIS = 50;

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
		long bytes = size(file);
		if (importedBefore(file, bytes)) {
			return new ImportSummary.FileImport(name, true, new LogReadCounts(0), 0);
		}
		// the file's fingerprint is computed while it is read, rather than by a first
		// reading of its own: every new file is read once
		ImportSummary.FileImport result = transactions.execute(status -> {
			PageViewCopy copy = store.startImport();
			MessageDigest sha256 = LogFingerprints.sha256();
			LogReadCounts counts = readWhileWriting(file, format, rules, sha256, copy);
			String fingerprint = LogFingerprints.hex(sha256);
			if (store.isImported(fingerprint)) {
				// imported before the sizes were kept, or changed since its size was read
				status.setRollbackOnly();
				return new ImportSummary.FileImport(name, true, new LogReadCounts(0), 0);
			}
			long added = copy.added();
			store.recordImport(fingerprint, bytes, name, clock.instant(), counts, added);
			return new ImportSummary.FileImport(name, false, counts, added);
		});
		if (result == null) {
			throw new IllegalStateException("the import of " + name + " returned nothing");
		}
		return result;
	}

	/**
	 * Tells a file imported before without parsing it: only when a log of the same size
	 * was imported is the file read, to compare fingerprints.
	 */
	boolean importedBefore(Path file, long bytes) {
		return store.isImportedSize(bytes) && store.isImported(LogFingerprints.of(file));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Reads and parses the file on a thread of its own while this one writes the page
	 * views read so far, so that parsing and the database work at the same time. Chunks
	 * of page views go from one to the other through a queue of {@value #QUEUED_CHUNKS},
	 * which bounds the memory used: the reader waits when the writer is behind.
	 */
	private LogReadCounts readWhileWriting(Path file, LogFormat format, PageViewRules rules, MessageDigest sha256,
			PageViewCopy copy) {
		AccessLogReader reader = new AccessLogReader(format, rules, userAgents, visitorKeys, MAX_REPORTED_LINES);
		Chunks chunks = new Chunks();
		FutureTask<LogReadCounts> reading = new FutureTask<>(() -> {
			try (InputStream raw = new DigestInputStream(Files.newInputStream(file), sha256);
					InputStream in = decompressing(raw)) {
				LogReadCounts counts = reader.read(in, chunks);
				drain(raw);
				chunks.end();
				return counts;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
			}
			finally {
				chunks.readerDone();
			}
		});
		Thread thread = new Thread(reading, "access-log-reader");
		thread.setDaemon(true);
		thread.start();
		try {
			List<PageView> chunk;
			while ((chunk = chunks.next()) != null) {
				copy.add(chunk);
			}
			return reading.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the import of " + file + " was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("cannot read " + file + ": " + ex.getCause(), ex.getCause());
		}
		finally {
			chunks.cancel();
			joinQuietly(thread);
		}
	}

	private static void joinQuietly(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Page views handed from the reading thread to the writing one, in chunks. The reader
	 * stops when the writer gave up ({@link #cancel()}); the writer stops at the end, or
	 * when the reader stopped without reaching it (a failure it then reports).
	 */
	private static final class Chunks implements Consumer<PageView> {

		private static final List<PageView> END = List.of();

		private final BlockingQueue<List<PageView>> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);

		private List<PageView> filling = new ArrayList<>(CHUNK_SIZE);

		private volatile boolean cancelled;

		private volatile boolean readerDone;

		@Override
		public void accept(PageView view) {
			filling.add(view);
			if (filling.size() == CHUNK_SIZE) {
				put(filling);
				filling = new ArrayList<>(CHUNK_SIZE);
			}
		}

		/** Called by the reader once every page view was accepted. */
		void end() {
			if (!filling.isEmpty()) {
				put(filling);
			}
			put(END);
		}

		void readerDone() {
			readerDone = true;
		}

		void cancel() {
			cancelled = true;
		}

		/**
		 * @return the next chunk, or {@literal null} once there is no more
		 */
		@Nullable List<PageView> next() throws InterruptedException {
			while (true) {
				List<PageView> chunk = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				if (chunk == END) {
					return null;
				}
				if (chunk != null) {
					return chunk;
				}
				if (readerDone && queue.isEmpty()) {
					return null; // the reader failed: the caller gets its failure
				}
			}
		}

		private void put(List<PageView> chunk) {
			try {
				while (!queue.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
					if (cancelled) {
						throw new CancellationException("the import stopped");
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CancellationException("the import was interrupted");
			}
		}

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
