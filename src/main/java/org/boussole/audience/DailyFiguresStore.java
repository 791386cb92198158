package org.boussole.audience;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The daily figures of each source, kept for good, and the purge of the raw page views
 * they stand for.
 */
@Repository
class DailyFiguresStore {

	private static final List<String> COUNTS = List.of("visitors", "new_visitors", "visits", "page_views", "searches",
			"desktop", "mobile", "tablet");

	private final JdbcTemplate jdbc;

	DailyFiguresStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the figures of a day and source. They replace what was there, except on a
	 * day whose raw page views are already gone: then they are page views added since (an
	 * old log imported late), and are added to it.
	 */
	void save(LocalDate day, String source, PeriodFigures f, Instant at) {
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
				desktop, mobile, tablet, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (day, source) do update set\s""" + updates + "computed_at = excluded.computed_at",
				Date.valueOf(day), source, f.visitors(), f.newVisitors(), f.visits(), f.pageViews(), f.searches(),
				f.desktop(), f.mobile(), f.tablet(), Timestamp.from(at));
	}

	/**
	 * @return the sums of the days of the period whose raw page views are gone, both
	 * sources together
	 */
	PeriodFigures purgedFigures(Period period) {
		PeriodFigures sums = jdbc.queryForObject("""
				select coalesce(sum(visitors), 0), coalesce(sum(new_visitors), 0), coalesce(sum(visits), 0),
				       coalesce(sum(page_views), 0), coalesce(sum(searches), 0), coalesce(sum(desktop), 0),
				       coalesce(sum(mobile), 0), coalesce(sum(tablet), 0)
				from audience.daily_figures where raw_purged and day between ? and ?""",
				(rs, n) -> new PeriodFigures(period.from(), period.to(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				Date.valueOf(period.from()), Date.valueOf(period.to()));
		if (sums == null) {
			throw new IllegalStateException("no sums");
		}
		return sums;
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
