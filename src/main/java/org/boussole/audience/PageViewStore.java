package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The audience store in PostgreSQL: page views, the first time each visitor was seen, and
 * the logs already imported. Imports stream rows with {@code COPY} (see
 * {@link PageViewCopy}), all in the caller's transaction.
 */
@Repository
class PageViewStore {

	private static final String COLUMNS = "visitor, viewed_at, path, search, device, source, dedup_key";

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
		jdbc.update(
				"""
						insert into audience.imported_log (fingerprint, file_name, imported_at, lines, page_views, added, unreadable)
						values (?, ?, ?, ?, ?, ?, ?) on conflict (fingerprint) do nothing""",
				fingerprint, fileName.length() > 500 ? fileName.substring(0, 500) : fileName, Timestamp.from(at),
				counts.lines, counts.pageViews, added, counts.unreadable);
	}

	/**
	 * Starts an import; must be called in a transaction, which the batch must not
	 * outlive. The transaction does not wait for its commit to reach the disk: a crash
	 * right after it loses at most the import, which the same command redoes.
	 * @param staged whether rows go through a temporary table whatever the first row (the
	 * second attempt after {@link PageViewCopy.AlreadyStored})
	 */
	PageViewCopy startImport(boolean staged) {
		jdbc.execute("set local synchronous_commit = off");
		return new PageViewCopy(this, staged);
	}

	/** Marks where {@link #rollBackAttempt()} returns to. */
	void beginAttempt() {
		jdbc.execute("savepoint audience_import");
	}

	void endAttempt() {
		jdbc.execute("release savepoint audience_import");
	}

	/** Undoes everything since {@link #beginAttempt()}. */
	void rollBackAttempt() {
		jdbc.execute("rollback to savepoint audience_import");
	}

	boolean hasPageView(byte[] dedupKey) {
		Integer found = jdbc.queryForObject("select count(*) from audience.page_view where dedup_key = ?",
				Integer.class, dedupKey);
		return found != null && found > 0;
	}

	CopyIn copyIntoPageViews() {
		return copyIn("copy audience.page_view (" + COLUMNS + ") from stdin");
	}

	CopyIn copyIntoStaging() {
		jdbc.execute("""
				create temporary table if not exists audience_import (like audience.page_view including defaults)
				on commit drop""");
		return copyIn("copy audience_import (" + COLUMNS + ") from stdin");
	}

	/**
	 * @return how many rows of the temporary table were not stored yet
	 */
	long addStaged() {
		int added = jdbc.update("insert into audience.page_view (" + COLUMNS + ") select " + COLUMNS
				+ " from audience_import on conflict (dedup_key) do nothing");
		jdbc.execute("drop table audience_import");
		return added;
	}

	/**
	 * Records when each visitor was first seen, unless seen earlier already.
	 * @param firstSeen the epoch second each visitor of an import was first seen
	 */
	void updateFirstSeen(Map<PageViewCopy.VisitorKey, long[]> firstSeen) {
		if (firstSeen.isEmpty()) {
			return;
		}
		jdbc.execute("""
				create temporary table if not exists audience_import_visitor (visitor bytea, first_seen bigint)
				on commit drop""");
		StringBuilder rows = new StringBuilder(firstSeen.size() * 50);
		HexFormat hex = HexFormat.of();
		firstSeen.forEach((visitor, seen) -> rows.append("\\\\x")
			.append(hex.formatHex(visitor.bytes()))
			.append('\t')
			.append(seen[0])
			.append('\n'));
		CopyIn copy = copyIn("copy audience_import_visitor from stdin");
		try {
			byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
			copy.writeToCopy(bytes, 0, bytes.length);
			copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot copy visitors: " + ex.getMessage(), ex);
		}
		jdbc.update("""
				insert into audience.visitor (visitor, first_seen)
				select visitor, to_timestamp(first_seen) from audience_import_visitor
				on conflict (visitor) do update set first_seen = excluded.first_seen
				where excluded.first_seen < audience.visitor.first_seen""");
		jdbc.execute("drop table audience_import_visitor");
	}

	private CopyIn copyIn(String sql) {
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot start copying: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Streams the page views from {@code fromEpochSecond} included to
	 * {@code toEpochSecond} excluded, with the time each visitor was first seen, ordered
	 * by visitor and time; must be called in a transaction so that rows are fetched in
	 * chunks.
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

}
