package org.boussole.search;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the search log says over a period, for the editors: the most frequent queries,
 * those that found nothing, those whose results nobody opened, and the click-through rate
 * (the share of searches from which at least one result was opened). Every figure is
 * computed by the database; each list holds at most {@value #ROWS} queries.
 */
@Component
class SearchReport {

	static final int ROWS = 50;

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** A normalised query and what came of it over the period. */
	record QueryFigures(String query, long searches, double averageResults, long opened) {

		/**
		 * @return the share of these searches from which a result was opened, 0 to 1
		 */
		public double clickThrough() {
			return searches == 0 ? 0 : (double) opened / searches;
		}

	}

	/** The whole report of one period. */
	record Report(LocalDate from, LocalDate to, long searches, long opened, List<QueryFigures> top,
			List<QueryFigures> noResult, List<QueryFigures> neverOpened) {

		public double clickThrough() {
			return searches == 0 ? 0 : (double) opened / searches;
		}

	}

	/** Each search of the period, with whether one of its results was opened. */
	private static final String PERIOD = """
			with period as (
				select q.query, q.results,
				       exists (select 1 from search.result_open o where o.query_id = q.id) as opened
				from search.query_log q
				where q.at >= ? and q.at < ?)
			""";

	private static final String PER_QUERY = PERIOD + """
			select query, count(*), avg(results), count(*) filter (where opened)
			from period
			""";

	private final JdbcTemplate jdbc;

	SearchReport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from the first day, included
	 * @param to the last day, included
	 */
	@Transactional(readOnly = true)
	Report over(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ZONE).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant());
		long[] totals = jdbc.queryForObject(PERIOD + "select count(*), count(*) filter (where opened) from period",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, start, end);
		List<QueryFigures> top = queries("group by query order by count(*) desc, query limit " + ROWS, start, end);
		List<QueryFigures> noResult = queries(
				"where results = 0 group by query order by count(*) desc, query limit " + ROWS, start, end);
		List<QueryFigures> neverOpened = queries(
				"where results > 0 group by query "
						+ "having count(*) >= 2 and not bool_or(opened) order by count(*) desc, query limit " + ROWS,
				start, end);
		return new Report(from, to, totals[0], totals[1], top, noResult, neverOpened);
	}

	private List<QueryFigures> queries(String rest, Timestamp start, Timestamp end) {
		return jdbc.query(PER_QUERY + rest,
				(rs, n) -> new QueryFigures(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4)), start,
				end);
	}

}
