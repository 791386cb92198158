package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The audience store in PostgreSQL: page views, the first time each visitor was seen, and the logs already
 * imported. Imports stream rows with {@code COPY} into a temporary table, then add the rows not already there, all
 * in the caller's transaction.
 */
@Repository
class PageViewStore {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	PageViewStore(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(10_000);
	}

	boolean isImported(String fingerprint) {
		Integer found = jdbc.queryForObject("select count(*) from audience.imported_log where fingerprint = ?",
				Integer.class, fingerprint);
		return found != null && found > 0;
	}

	void recordImport(String fingerprint, String fileName, Instant at, LogReadCounts counts, long added) {
		jdbc.update("""
				insert into audience.imported_log (fingerprint, file_name, imported_at, lines, page_views, added, unreadable)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (fingerprint) do nothing""", fingerprint,
				fileName.length() > 500 ? fileName.substring(0, 500) : fileName, Timestamp.from(at), counts.lines,
				counts.pageViews, added, counts.unreadable);
	}

	/** Starts an import; must be called in a transaction, which the batch must not outlive. */
	Batch startImport() {
		jdbc.execute("""
				create temporary table if not exists audience_import (visitor bytea, epoch bigint, path text,
				search boolean, device text, dedup_key bytea) on commit drop""");
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy audience_import from stdin");
			return new Batch(copy);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot start copying page views: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Streams the page views of {@code [fromEpochSecond, toEpochSecond)}, with the time each visitor was first seen,
	 * ordered by visitor and time; must be called in a transaction so that rows are fetched in chunks.
	 */
	void readPageViews(long fromEpochSecond, long toEpochSecond, VisitCounter counter) {
		streaming.query("""
				select p.visitor, extract(epoch from p.viewed_at)::bigint, p.device, p.search,
				       extract(epoch from v.first_seen)::bigint
				from audience.page_view p join audience.visitor v on v.visitor = p.visitor
				where p.viewed_at >= to_timestamp(?) and p.viewed_at < to_timestamp(?)
				order by p.visitor, p.viewed_at""", rs -> {
			counter.accept(rs.getBytes(1), rs.getLong(2), Device.fromCode(rs.getString(3)), rs.getBoolean(4),
					rs.getLong(5));
		}, fromEpochSecond, toEpochSecond);
	}

	/** Page views on their way into the store, in {@code COPY} text format. */
	final class Batch implements java.util.function.Consumer<PageView> {

		private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

		private static final int FLUSH_AT = 256 * 1024;

		private final CopyIn copy;

		private byte[] buffer = new byte[FLUSH_AT + 4096];

		private int length;

		private long rows;

		private Batch(CopyIn copy) {
			this.copy = copy;
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

		/** Ends the copy and adds the rows that are not in the store yet. @return how many were added */
		long finish() {
			flush();
			try {
				copy.endCopy();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot copy page views: " + ex.getMessage(), ex);
			}
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
				buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
			}
			buffer[length++] = b;
		}

	}

}
