package org.boussole.search;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Records every search (the normalised words, the type asked for, how many results; no
 * personal data) and each result opened from it, with its rank.
 */
@Component
class SearchLog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SearchLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the id of the entry, to tie the opened results to it
	 */
	long searched(String normalised, @Nullable SearchType type, long results) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"insert into search.query_log (query, type_filter, results, at) values (?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, normalised);
			statement.setString(2, type == null ? null : type.apiName());
			statement.setInt(3, (int) Math.min(results, Integer.MAX_VALUE));
			statement.setTimestamp(4, Timestamp.from(clock.instant()));
			return statement;
		}, keys);
		Number id = (Number) keys.getKeys().get("id");
		return id.longValue();
	}

	/**
	 * Records that a result was opened and finds where it leads.
	 * @return the address of the result, or empty when that result is unknown
	 */
	Optional<String> opened(long queryId, int rank, SearchType type, String key) {
		Optional<String> url = jdbc
			.query("select url from search.document where type = ? and doc_key = ?", (rs, n) -> rs.getString(1),
					type.name(), key)
			.stream()
			.findFirst();
		url.ifPresent(u -> jdbc.update(
				"insert into search.result_open (query_id, rank, result_type, result_key, at) "
						+ "select id, ?, ?, ?, ? from search.query_log where id = ?",
				rank, type.apiName(), key, Timestamp.from(clock.instant()), queryId));
		return url;
	}

}
