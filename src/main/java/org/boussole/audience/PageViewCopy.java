package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Page views on their way into the store, streamed with {@code COPY} in text format. When
 * the first row of the file is not stored yet, rows go straight into
 * {@code audience.page_view} (a new file, the usual case); a row already stored then
 * stops the copy with {@link AlreadyStored}, and the caller imports the file again
 * through a temporary table, from which only the rows not there yet are added. The time
 * each visitor was first seen in the file is kept here, and the visitors are updated once
 * at the end. Lives inside one transaction.
 */
final class PageViewCopy implements Consumer<PageView> {

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] LOG_SOURCE = "log".getBytes(StandardCharsets.US_ASCII);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final int FLUSH_AT = 1024 * 1024;

	private static final String UNIQUE_VIOLATION = "23505";

	private final PageViewStore store;

	private boolean staged;

	private @Nullable CopyIn copy;

	private byte[] buffer = new byte[FLUSH_AT + 4096];

	private int length;

	private long rows;

	private final Map<VisitorKey, long[]> firstSeen = new HashMap<>();

	private long lastSecond = Long.MIN_VALUE;

	private byte[] lastTimestamp = new byte[0];

	/**
	 * @param staged whether rows go through the temporary table whatever the first row
	 */
	PageViewCopy(PageViewStore store, boolean staged) {
		this.store = store;
		this.staged = staged;
	}

	/**
	 * @return whether the rows went through the temporary table
	 */
	boolean staged() {
		return staged;
	}

	@Override
	public void accept(PageView view) {
		if (copy == null) {
			start(view);
		}
		long[] seen = firstSeen.computeIfAbsent(VisitorKey.of(view.visitor()), key -> new long[] { Long.MAX_VALUE });
		if (view.epochSecond() < seen[0]) {
			seen[0] = view.epochSecond();
		}
		bytea(view.visitor());
		tab();
		timestamp(view.epochSecond());
		tab();
		escaped(view.path());
		tab();
		put(view.search() ? (byte) 't' : (byte) 'f');
		tab();
		text(view.device().code());
		tab();
		for (byte b : LOG_SOURCE) {
			put(b);
		}
		tab();
		bytea(view.dedupKey());
		put((byte) '\n');
		rows++;
		if (length >= FLUSH_AT) {
			flush();
		}
	}

	private void start(PageView first) {
		if (!staged && store.hasPageView(first.dedupKey())) {
			// a file that starts with rows already stored (a log that grew since): no
			// need to try the direct copy
			staged = true;
		}
		copy = staged ? store.copyIntoStaging() : store.copyIntoPageViews();
	}

	/**
	 * Ends the copy, adds the rows that are not in the store yet and updates the time
	 * each visitor was first seen.
	 * @return how many rows were added
	 * @throws AlreadyStored when a row copied straight into the page views was there
	 * already: nothing of the file must be kept
	 */
	long finish() {
		CopyIn active = copy;
		if (active == null) {
			return 0;
		}
		flush();
		try {
			active.endCopy();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
		long added = staged ? store.addStaged() : rows;
		store.updateFirstSeen(firstSeen);
		return added;
	}

	private void flush() {
		CopyIn active = copy;
		if (length == 0 || active == null) {
			return;
		}
		try {
			active.writeToCopy(buffer, 0, length);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
		length = 0;
	}

	private RuntimeException failure(SQLException ex) {
		CopyIn active = copy;
		if (active != null && active.isActive()) {
			try {
				active.cancelCopy();
			}
			catch (SQLException cancelFailed) {
				ex.addSuppressed(cancelFailed);
			}
		}
		if (!staged && UNIQUE_VIOLATION.equals(ex.getSQLState())) {
			return new AlreadyStored(ex);
		}
		return new IllegalStateException("cannot copy page views: " + ex.getMessage(), ex);
	}

	private void timestamp(long epochSecond) {
		if (epochSecond != lastSecond) {
			LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
			lastTimestamp = (TIMESTAMP.format(time) + "+00").getBytes(StandardCharsets.US_ASCII);
			lastSecond = epochSecond;
		}
		for (byte b : lastTimestamp) {
			put(b);
		}
	}

	private void bytea(byte[] bytes) {
		// "\\x" in COPY text format is the bytea hex prefix "\x"
		put((byte) '\\');
		put((byte) '\\');
		put((byte) 'x');
		for (byte b : bytes) {
			put(HEX[(b >> 4) & 0xf]);
			put(HEX[b & 0xf]);
		}
	}

	private void text(String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			put((byte) ascii.charAt(i));
		}
	}

	private void escaped(String value) {
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			switch (b) {
				case '\\':
					put((byte) '\\');
					put((byte) '\\');
					break;
				case '\t':
					put((byte) '\\');
					put((byte) 't');
					break;
				case '\n':
					put((byte) '\\');
					put((byte) 'n');
					break;
				case '\r':
					put((byte) '\\');
					put((byte) 'r');
					break;
				case 0:
					break;
				default:
					put(b);
			}
		}
	}

	private void tab() {
		put((byte) '\t');
	}

	private void put(byte b) {
		if (length == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		buffer[length++] = b;
	}

	/** A visitor key (16 bytes) as a map key. */
	record VisitorKey(long high, long low) {

		static VisitorKey of(byte[] key) {
			long high = 0;
			long low = 0;
			for (int i = 0; i < 8; i++) {
				high = (high << 8) | (key[i] & 0xff);
				low = (low << 8) | (key[i + 8] & 0xff);
			}
			return new VisitorKey(high, low);
		}

		byte[] bytes() {
			byte[] key = new byte[16];
			for (int i = 0; i < 8; i++) {
				key[7 - i] = (byte) (high >>> (8 * i));
				key[15 - i] = (byte) (low >>> (8 * i));
			}
			return key;
		}

	}

	/**
	 * A row copied straight into the page views was stored already: the file overlaps an
	 * earlier one and must go through the temporary table.
	 */
	static final class AlreadyStored extends RuntimeException {

		private static final long serialVersionUID = 1L;

		AlreadyStored(SQLException cause) {
			super("a page view of the file is stored already", cause);
		}

	}

}
