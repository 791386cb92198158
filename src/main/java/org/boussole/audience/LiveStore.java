package org.boussole.audience;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of measured page views in one transaction: the page views, the first
 * time each visitor was seen, and the funnel counts of the day.
 */
@Repository
class LiveStore {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FunnelCounts funnel;

	LiveStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FunnelCounts funnel) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.funnel = funnel;
	}

	void write(List<LiveView> views) {
		if (views.isEmpty()) {
			return;
		}
		Map<ByteBuffer, Instant> firstSeen = new HashMap<>();
		Map<FunnelDay, Long> steps = new HashMap<>();
		List<Object[]> rows = new ArrayList<>(views.size());
		for (LiveView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), view.at(), (a, b) -> a.isBefore(b) ? a : b);
			if (view.step() != null) {
				steps.merge(new FunnelDay(LocalDate.ofInstant(view.at(), Period.ZONE), view.step()), 1L, Long::sum);
			}
			rows.add(new Object[] { view.visitor(), Timestamp.from(view.at()), view.path(), view.search(),
					view.device().code(), dedupKey(), view.referrer().code(), view.searchResults() });
		}
		List<Object[]> visitors = new ArrayList<>(firstSeen.size());
		firstSeen.forEach((visitor, at) -> visitors.add(new Object[] { visitor.array(), Timestamp.from(at) }));
		transactions.executeWithoutResult(status -> {
			jdbc.batchUpdate("""
					insert into audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key,
					referrer, search_results) values (?, ?, ?, ?, ?, 'live', ?, ?, ?)""", rows,
					new int[] { Types.BINARY, Types.TIMESTAMP, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
							Types.BINARY, Types.VARCHAR, Types.INTEGER });
			jdbc.batchUpdate("""
					insert into audience.visitor (visitor, first_seen) values (?, ?)
					on conflict (visitor) do update set first_seen = excluded.first_seen
					where excluded.first_seen < audience.visitor.first_seen""", visitors);
			steps.forEach((key, count) -> funnel.add(key.day(), key.step(), count));
		});
	}

	/** Live rows come from no log line: a random key is their identity. */
	private static byte[] dedupKey() {
		UUID id = UUID.randomUUID();
		return ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

	private record FunnelDay(LocalDate day, FunnelStep step) {
	}

}
