package org.boussole.audience;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of measured page views in one transaction: the page views (one binary
 * {@code COPY}, without a de-duplication key: nothing brings a live view twice), the
 * first time of each visitor not known to be stored already, and the funnel counts of the
 * day.
 */
@Repository
class LiveStore {

	private static final String COPY_PAGE_VIEWS = """
			copy audience.page_view (visitor, viewed_at, path, search, device, source, referrer, search_results)
			from stdin (format binary)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FunnelCounts funnel;

	/**
	 * The visitors whose first time is stored, so that a visitor is sent once rather than
	 * with every batch of their visit. Forgotten every day, so that it never outlives the
	 * nightly purge of visitors without page views: a visitor remembered here has a page
	 * view younger than a day.
	 */
	private final KnownVisitors known = new KnownVisitors(50_000);

	private long knownSince = System.nanoTime();

	private static final long KNOWN_FOR_NANOS = TimeUnit.DAYS.toNanos(1);

	LiveStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FunnelCounts funnel) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.funnel = funnel;
	}

	synchronized void write(List<LiveView> views) {
		if (views.isEmpty()) {
			return;
		}
		Map<ByteBuffer, Long> firstSeen = new HashMap<>();
		Map<FunnelDay, Long> steps = new HashMap<>();
		BinaryCopy rows = new BinaryCopy(views.size() * 120);
		Days days = new Days();
		for (LiveView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), micros(view.at()), Math::min);
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
		if (System.nanoTime() - knownSince > KNOWN_FOR_NANOS) {
			known.forget();
			knownSince = System.nanoTime();
		}
		known.removeKnown(firstSeen);
		List<Object[]> visitors = new ArrayList<>(firstSeen.size());
		firstSeen.forEach((visitor, at) -> visitors
			.add(new Object[] { visitor.array(), Timestamp.from(Instant.EPOCH.plus(at, ChronoUnit.MICROS)) }));
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
		// only once committed: a batch the database refused stored nothing
		known.stored(firstSeen);
	}

	private static long micros(Instant at) {
		return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
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
