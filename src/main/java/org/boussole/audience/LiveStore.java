package org.boussole.audience;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of measured page views in one transaction: the page views (one binary
 * {@code COPY}), the first time each visitor was seen, and the funnel counts of the day.
 */
@Repository
class LiveStore {

	private static final String COPY_PAGE_VIEWS = """
			copy audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key, referrer,
			search_results) from stdin (format binary)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FunnelCounts funnel;

	private final SecureRandom random = new SecureRandom();

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
		BinaryCopy rows = new BinaryCopy(views.size() * 120);
		byte[] dedupKey = new byte[16];
		random.nextBytes(dedupKey);
		int sequence = 0;
		for (LiveView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), view.at(), (a, b) -> a.isBefore(b) ? a : b);
			if (view.step() != null) {
				steps.merge(new FunnelDay(LocalDate.ofInstant(view.at(), Period.ZONE), view.step()), 1L, Long::sum);
			}
			rows.row(9)
				.bytea(view.visitor())
				.timestamp(view.at().getEpochSecond(), view.at().getNano())
				.text(view.path())
				.bool(view.search())
				.text(view.device().code())
				.text("live")
				.bytea(numbered(dedupKey, sequence++))
				.text(view.referrer().code())
				.integer(view.searchResults());
		}
		List<Object[]> visitors = new ArrayList<>(firstSeen.size());
		firstSeen.forEach((visitor, at) -> visitors.add(new Object[] { visitor.array(), Timestamp.from(at) }));
		transactions.executeWithoutResult(status -> {
			jdbc.execute((ConnectionCallback<Long>) connection -> rows.copy(connection, COPY_PAGE_VIEWS));
			if (!visitors.isEmpty()) {
				jdbc.batchUpdate("""
						insert into audience.visitor (visitor, first_seen) values (?, ?)
						on conflict (visitor) do update set first_seen = excluded.first_seen
						where excluded.first_seen < audience.visitor.first_seen""", visitors);
			}
			steps.forEach((key, count) -> funnel.add(key.day(), key.step(), count));
		});
	}

	/**
	 * Live rows come from no log line: a random key is their identity. One random key per
	 * batch, numbered row by row, is as unique as a random key per row and far cheaper.
	 */
	private static byte[] numbered(byte[] batchKey, int sequence) {
		byte[] key = batchKey.clone();
		key[12] ^= (byte) (sequence >>> 24);
		key[13] ^= (byte) (sequence >>> 16);
		key[14] ^= (byte) (sequence >>> 8);
		key[15] ^= (byte) sequence;
		return key;
	}

	private record FunnelDay(LocalDate day, FunnelStep step) {
	}

}
