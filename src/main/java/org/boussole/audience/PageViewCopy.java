package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;

import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Page views on their way into the store: rows in {@code COPY} text format streamed into
 * a temporary table, then added to {@code audience.page_view} when not there yet. Lives
 * inside one transaction.
 */
final class PageViewCopy implements Consumer<PageView> {

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private static final int FLUSH_AT = 256 * 1024;

	private final CopyIn copy;

	private byte[] buffer = new byte[FLUSH_AT + 4096];

	private int length;

	private long rows;

	private boolean ended;

	private final JdbcTemplate jdbc;

	PageViewCopy(CopyIn copy, JdbcTemplate jdbc) {
		this.copy = copy;
		this.jdbc = jdbc;
	}

	@Override
	public void accept(PageView view) {
		bytea(view.visitor());
		tab();
		text(Long.toString(view.epochSecond()));
		tab();
		escaped(view.path());
		tab();
		put(view.search() ? (byte) 't' : (byte) 'f');
		tab();
		text(view.device().code());
		tab();
		bytea(view.dedupKey());
		put((byte) '\n');
		rows++;
		if (length >= FLUSH_AT) {
			flush();
		}
	}

	/**
	 * Ends the copy into the temporary table, so that the connection can run other
	 * statements; nothing is added to the store yet.
	 */
	void endCopy() {
		if (ended) {
			return;
		}
		flush();
		try {
			copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot copy page views: " + ex.getMessage(), ex);
		}
		ended = true;
	}

	/**
	 * Ends the copy and adds the rows that are not in the store yet.
	 * @return how many rows were added
	 */
	long finish() {
		endCopy();
		if (rows == 0) {
			return 0;
		}
		int added = jdbc.update("""
				insert into audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key)
				select visitor, to_timestamp(epoch), path, search, device, 'log', dedup_key from audience_import
				on conflict (dedup_key) do nothing""");
		jdbc.update("""
				insert into audience.visitor (visitor, first_seen)
				select visitor, to_timestamp(min(epoch)) from audience_import group by visitor
				on conflict (visitor) do update set first_seen = excluded.first_seen
				where excluded.first_seen < audience.visitor.first_seen""");
		jdbc.execute("drop table audience_import");
		return added;
	}

	private void flush() {
		if (length == 0) {
			return;
		}
		try {
			copy.writeToCopy(buffer, 0, length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot copy page views: " + ex.getMessage(), ex);
		}
		length = 0;
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

}
