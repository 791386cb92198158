package org.boussole.audience;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.datasketches.hll.HllSketch;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The daily figures of each source, kept for good, and the purge of the raw page views
 * they stand for.
 */
@Repository
class DailyFiguresStore {

	/** The counts that add up day by day; visitors merge through the sketches. */
	private static final List<String> COUNTS = List.of("new_visitors", "visits", "page_views", "searches", "desktop",
			"mobile", "tablet");

	private final JdbcTemplate jdbc;

	DailyFiguresStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the figures of a day and source, with the sketch of the day's distinct
	 * visitors. They replace what was there, except on a day whose raw page views are
	 * already gone: then they are page views added since (an old log imported late), and
	 * are added to it, the visitors merged through the sketches (a visitor already
	 * counted that day counts once).
	 */
	void save(LocalDate day, String source, PeriodFigures f, HllSketch visitors, Instant at) {
		List<Map<String, Object>> existing = jdbc.queryForList("""
				select raw_purged, visitors, visitor_sketch from audience.daily_figures
				where day = ? and source = ? for update""", Date.valueOf(day), source);
		long distinct = f.visitors();
		@Nullable byte[] sketch = VisitorSketch.bytes(visitors);
		if (!existing.isEmpty() && Boolean.TRUE.equals(existing.get(0).get("raw_purged"))) {
			Map<String, Object> row = existing.get(0);
			if (row.get("visitor_sketch") instanceof byte[] before) {
				HllSketch merged = VisitorSketch.merged(before, visitors);
				sketch = VisitorSketch.bytes(merged);
				distinct = Math.round(merged.getEstimate());
			}
			else {
				// a day rolled up before sketches were kept: visitors can only be added
				sketch = null;
				distinct = ((Number) row.get("visitors")).longValue() + f.visitors();
			}
		}
		StringBuilder updates = new StringBuilder();
		for (String column : COUNTS) {
			updates.append(column)
				.append(" = case when audience.daily_figures.raw_purged then audience.daily_figures.")
				.append(column)
				.append(" + excluded.")
				.append(column)
				.append(" else excluded.")
				.append(column)
				.append(" end, ");
		}
		jdbc.update("""
				insert into audience.daily_figures (day, source, visitors, new_visitors, visits, page_views, searches,
				desktop, mobile, tablet, computed_at, visitor_sketch) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (day, source) do update set\s""" + updates
				+ "visitors = excluded.visitors, visitor_sketch = excluded.visitor_sketch, computed_at = excluded.computed_at",
				Date.valueOf(day), source, distinct, f.newVisitors(), f.visits(), f.pageViews(), f.searches(),
				f.desktop(), f.mobile(), f.tablet(), Timestamp.from(at), sketch);
	}

	/**
	 * @return the figures of the days of the period whose raw page views are gone, both
	 * sources together: counts summed, and the sketches of their visitors
	 */
	PurgedDays purgedDays(Period period) {
		PeriodFigures sums = jdbc.queryForObject("""
				select coalesce(sum(visitors) filter (where visitor_sketch is null), 0), coalesce(sum(new_visitors), 0),
				       coalesce(sum(visits), 0), coalesce(sum(page_views), 0), coalesce(sum(searches), 0),
				       coalesce(sum(desktop), 0), coalesce(sum(mobile), 0), coalesce(sum(tablet), 0), count(*)
				from audience.daily_figures where raw_purged and day between ? and ?""",
				(rs, n) -> new PeriodFigures(period.from(), period.to(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9) > 0),
				Date.valueOf(period.from()), Date.valueOf(period.to()));
		if (sums == null) {
			throw new IllegalStateException("no sums");
		}
		List<HllSketch> sketches = sums.visitorsEstimated() ? jdbc.query("""
				select visitor_sketch from audience.daily_figures
				where raw_purged and visitor_sketch is not null and day between ? and ?""",
				(rs, n) -> VisitorSketch.of(rs.getBytes(1)), Date.valueOf(period.from()), Date.valueOf(period.to()))
				: List.of();
		return new PurgedDays(sums, sketches);
	}

	/**
	 * @return the days from {@code from} to {@code to} included whose raw page views were
	 * purged, in time order
	 */
	List<LocalDate> purgedDaysBetween(LocalDate from, LocalDate to) {
		return jdbc.queryForList("""
				select distinct day from audience.daily_figures where raw_purged and day between ? and ?
				order by day""", Date.class, Date.valueOf(from), Date.valueOf(to))
			.stream()
			.map(Date::toLocalDate)
			.toList();
	}

	/**
	 * The days of a period whose raw page views are gone.
	 *
	 * @param sums their counts summed, {@code visitors} holding only the visitors of days
	 * rolled up without a sketch; {@code visitorsEstimated} tells whether there is any
	 * such day
	 * @param sketches the sketches of their visitors
	 */
	record PurgedDays(PeriodFigures sums, List<HllSketch> sketches) {

		boolean any() {
			return sums.visitorsEstimated();
		}

	}

	/**
	 * @return the days (in Paris) that have raw page views before that instant, latest
	 * first
	 */
	List<LocalDate> daysWithPageViewsBefore(Instant end) {
		return jdbc.queryForList("""
				select distinct (viewed_at at time zone 'Europe/Paris')::date as day from audience.page_view
				where viewed_at < ? order by day desc""", Date.class, Timestamp.from(end))
			.stream()
			.map(Date::toLocalDate)
			.toList();
	}

	/**
	 * Deletes the raw page views of a day, and marks its figures as the only trace left.
	 * @return how many page views were deleted
	 */
	int purgeDay(LocalDate day) {
		Period period = new Period(day, day);
		int deleted = jdbc.update(
				"delete from audience.page_view where viewed_at >= to_timestamp(?) and viewed_at < to_timestamp(?)",
				period.startEpochSecond(), period.endEpochSecond());
		jdbc.update("update audience.daily_figures set raw_purged = true where day = ?", Date.valueOf(day));
		return deleted;
	}

	/**
	 * Forgets the visitors first seen before that instant who have no page view left.
	 * @return how many were forgotten
	 */
	int forgetVisitorsBefore(Instant end) {
		return jdbc.update("""
				delete from audience.visitor v where v.first_seen < ?
				and not exists (select 1 from audience.page_view p where p.visitor = v.visitor)""",
				Timestamp.from(end));
	}

}
