package org.boussole.audience;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of measured page views in one transaction: the page views (one binary
 * {@code COPY}, without a de-duplication key: nothing brings a live view twice), the
 * first time each visitor was seen, and the funnel counts of the day.
 */
@Repository
class LiveStore {

	private static final String COPY_PAGE_VIEWS = """
			copy audience.page_view (visitor, viewed_at, path, search, device, source, referrer, search_results)
			from stdin (format binary)""";

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
		BinaryCopy rows = new BinaryCopy(views.size() * 120);
		Days days = new Days();
		for (LiveView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), view.at(), (a, b) -> a.isBefore(b) ? a : b);
			if (view.step() != null) {
				steps.merge(new FunnelDay(days.of(view.at()), view.step()), 1L, Long::sum);
			}
			rows.row(8)
				.bytea(view.visitor())
				.timestamp(view.at().getEpochSecond(), view.at().getNano())
				.text(view.path())
				.bool(view.search())
				.text(view.device().code())
				.text("live")
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

	private record FunnelDay(LocalDate day, FunnelStep step) {
	}

	/** The day of each page view of a batch, which are nearly always of the same day. */
	private static final class Days {

		private @Nullable LocalDate day;

		private long start;

		private long end;

		LocalDate of(Instant at) {
			long second = at.getEpochSecond();
			if (day == null || second < start || second >= end) {
				LocalDate found = LocalDate.ofInstant(at, Period.ZONE);
				start = found.atStartOfDay(Period.ZONE).toEpochSecond();
				end = found.plusDays(1).atStartOfDay(Period.ZONE).toEpochSecond();
				day = found;
				return found;
			}
			return day;
		}

	}

}
