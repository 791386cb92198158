package org.boussole.audience;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page views on their way into the store, chunk by chunk, inside one transaction on one
 * connection. A chunk is first copied straight into {@code audience.page_view} (binary
 * {@code COPY}, under a savepoint): when none of its rows is there yet, which is the case
 * of every log imported for the first time, that is all. When one is (a file imported
 * again, or overlapping one imported before), the chunk is rolled back to the savepoint
 * and goes through a temporary table, from which only the rows not there yet are added;
 * the rest of the file then takes that way directly. The first time each visitor was seen
 * is merged chunk by chunk; a visitor already sent for this file with a time no later
 * than the chunk's is not sent again (a log is mostly in time order, so later chunks send
 * few), which a bounded memory of what was sent allows.
 */
final class PageViewCopy {

	private static final String COPY_PAGE_VIEWS = """
			copy audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key)
			from stdin (format binary)""";

	private static final String COPY_IMPORT = "copy audience_import from stdin (format binary)";

	private static final String COPY_VISITORS = "copy audience_import_visitor from stdin (format binary)";

	private final Connection connection;

	private boolean direct = true;

	private boolean importTable;

	private boolean visitorTable;

	/**
	 * At most this many visitors are remembered as sent; then the memory starts again.
	 */
	static final int MAX_REMEMBERED_VISITORS = 200_000;

	private final KnownVisitors sentVisitors = new KnownVisitors(MAX_REMEMBERED_VISITORS);

	private long added;

	PageViewCopy(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Adds the page views not in the store yet, and the first time their visitors were
	 * seen.
	 */
	void add(List<PageView> views) {
		if (views.isEmpty()) {
			return;
		}
		try {
			BinaryCopy rows = rows(views);
			if (direct) {
				Savepoint savepoint = connection.setSavepoint();
				try {
					added += rows.copy(connection, COPY_PAGE_VIEWS);
					connection.releaseSavepoint(savepoint);
				}
				catch (SQLException ex) {
					if (!"23505".equals(ex.getSQLState())) { // unique_violation
						throw ex;
					}
					connection.rollback(savepoint);
					direct = false;
				}
			}
			if (!direct) {
				addMissing(rows);
			}
			addVisitors(views);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot copy page views: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @return how many page views were added
	 */
	long added() {
		return added;
	}

	private static BinaryCopy rows(List<PageView> views) {
		BinaryCopy rows = new BinaryCopy(views.size() * 128);
		for (PageView view : views) {
			rows.row(7)
				.bytea(view.visitor())
				.timestamp(view.epochSecond())
				.text(view.path())
				.bool(view.search())
				.text(view.device().code())
				.text("log")
				.bytea(view.dedupKey());
		}
		return rows;
	}

	private void addMissing(BinaryCopy rows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (!importTable) {
				statement.execute("""
						create temporary table if not exists audience_import (visitor bytea, viewed_at timestamptz,
						path text, search boolean, device text, source text, dedup_key bytea) on commit drop""");
				importTable = true;
			}
			rows.copy(connection, COPY_IMPORT);
			added += statement.executeUpdate("""
					insert into audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key)
					select visitor, viewed_at, path, search, device, source, dedup_key from audience_import
					on conflict (dedup_key) where dedup_key is not null do nothing""");
			statement.execute("truncate audience_import");
		}
	}

	private void addVisitors(List<PageView> views) throws SQLException {
		Map<ByteBuffer, Long> firstSeen = new HashMap<>();
		for (PageView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), view.epochSecond(), Math::min);
		}
		// the stored first time is a minimum: a time no earlier than one sent already
		// cannot change it (the whole import is one transaction: what was sent is there)
		sentVisitors.removeKnown(firstSeen);
		if (firstSeen.isEmpty()) {
			return;
		}
		sentVisitors.stored(firstSeen);
		BinaryCopy rows = new BinaryCopy(firstSeen.size() * 40);
		firstSeen.forEach((visitor, epochSecond) -> rows.row(2).bytea(visitor.array()).timestamp(epochSecond));
		try (Statement statement = connection.createStatement()) {
			if (!visitorTable) {
				statement.execute("""
						create temporary table if not exists audience_import_visitor (visitor bytea,
						first_seen timestamptz) on commit drop""");
				visitorTable = true;
			}
			rows.copy(connection, COPY_VISITORS);
			statement.executeUpdate("""
					insert into audience.visitor (visitor, first_seen)
					select visitor, first_seen from audience_import_visitor
					on conflict (visitor) do update set first_seen = excluded.first_seen
					where excluded.first_seen < audience.visitor.first_seen""");
			statement.execute("truncate audience_import_visitor");
		}
	}

}
