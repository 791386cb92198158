package org.boussole.audience;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The audience store in PostgreSQL: page views, the first time each visitor was seen, and
 * the logs already imported. Imports copy rows chunk by chunk (see {@link PageViewCopy}),
 * all in the caller's transaction.
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

	/**
	 * @return whether a log of this many bytes was imported (since sizes are kept)
	 */
	boolean isImportedSize(long bytes) {
		Boolean found = jdbc.queryForObject("select exists (select 1 from audience.imported_log where bytes = ?)",
				Boolean.class, bytes);
		return Boolean.TRUE.equals(found);
	}

	void recordImport(String fingerprint, long bytes, String fileName, Instant at, LogReadCounts counts, long added) {
		jdbc.update("""
				insert into audience.imported_log
				  (fingerprint, bytes, file_name, imported_at, lines, page_views, added, unreadable)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (fingerprint) do nothing""", fingerprint, bytes,
				fileName.length() > 500 ? fileName.substring(0, 500) : fileName, Timestamp.from(at), counts.lines,
				counts.pageViews, added, counts.unreadable);
	}

	/**
	 * Starts an import; must be called in a transaction, which the copy must not outlive,
	 * and the copy must then be used from one thread at a time.
	 */
	PageViewCopy startImport() {
		return new PageViewCopy(DataSourceUtils.getConnection(dataSource));
	}

	/**
	 * Streams the page views from {@code fromEpochSecond} included to
	 * {@code toEpochSecond} excluded, with the time each visitor was first seen, ordered
	 * by visitor and time; must be called in a transaction so that rows are fetched in
	 * chunks.
	 */
	void readPageViews(long fromEpochSecond, long toEpochSecond, VisitCounter counter) {
		readPageViews(fromEpochSecond, toEpochSecond, null, counter);
	}

	/**
	 * As {@link #readPageViews(long, long, VisitCounter)}, for the page views of one
	 * source only ({@code log} or {@code live}) when {@code source} is not
	 * {@literal null}.
	 */
	void readPageViews(long fromEpochSecond, long toEpochSecond, @Nullable String source, VisitCounter counter) {
		streaming.query("""
				select p.visitor, extract(epoch from p.viewed_at)::bigint, p.device, p.search,
				       extract(epoch from v.first_seen)::bigint
				from audience.page_view p join audience.visitor v on v.visitor = p.visitor
				where p.viewed_at >= to_timestamp(?) and p.viewed_at < to_timestamp(?)
				  and (cast(? as varchar) is null or p.source = ?)
				order by p.visitor, p.viewed_at""", rs -> {
			counter.accept(rs.getBytes(1), rs.getLong(2), Device.fromCode(rs.getString(3)), rs.getBoolean(4),
					rs.getLong(5));
		}, fromEpochSecond, toEpochSecond, source, source);
	}

}
