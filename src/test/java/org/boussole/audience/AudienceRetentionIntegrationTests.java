package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly purge: days older than the retention period are rolled up into daily
 * figures and their raw page views deleted, and the report gives the same figures before
 * and after. The page views are written in 2015 and 2016, years no other test uses, and
 * the purge runs as if on 1 January 2017 (cut-off: 1 December 2015).
 */
@AppIntegrationTest
class AudienceRetentionIntegrationTests {

	@Autowired
	AudienceRetention retention;

	@Autowired
	AudienceReport report;

	@Autowired
	DailyFiguresStore dailyFigures;

	@Autowired
	JdbcTemplate jdbc;

	@Test // #8
	void purgedDaysKeepTheirFiguresInTheReportAndRecentDaysKeepTheirPageViews() {
		byte[] anna = visitor();
		byte[] bruno = visitor();
		// 10 June 2015: Anna twice in one visit (a search, on a phone), Bruno once on a
		// desktop
		view(anna, "2015-06-10T10:00", true, "mobile", "live");
		view(anna, "2015-06-10T10:10", false, "mobile", "live");
		view(bruno, "2015-06-10T23:50", false, "desktop", "log");
		// 11 June 2015: Bruno's visit goes on after midnight (no new visit), then Anna
		// comes back
		view(bruno, "2015-06-11T00:05", false, "desktop", "log");
		view(anna, "2015-06-11T18:00", false, "mobile", "live");
		// 2 March 2016, within the retention period: kept
		byte[] carla = visitor();
		view(carla, "2016-03-02T09:00", false, "tablet", "live");

		Period june = new Period(LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 11));
		PeriodFigures before = report.compare(june).current();
		assertThat(before).isEqualTo(new PeriodFigures(june.from(), june.to(), 2, 2, 3, 5, 1, 1, 2, 0));

		int deleted = retention.purge(LocalDate.of(2017, 1, 1));

		assertThat(deleted).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from audience.page_view where visitor in (?, ?)", anna, bruno)).isZero();
		assertThat(count("select count(*) from audience.visitor where visitor in (?, ?)", anna, bruno)).isZero();
		assertThat(count("select count(*) from audience.page_view where visitor = ?", carla)).isOne();
		PeriodFigures after = report.compare(june).current();
		// on purged days, visitors are merged from the sketch of each day: Anna, who came
		// on
		// both days, counts once; the figure is marked as an estimate
		assertThat(after).isEqualTo(new PeriodFigures(june.from(), june.to(), 2, 2, 3, 5, 1, 1, 2, 0, true));
		assertThat(jdbc.queryForList(
				"select source, page_views, raw_purged from audience.daily_figures where day = '2015-06-10' order by source"))
			.hasSize(2)
			.allSatisfy(row -> assertThat(row).containsEntry("raw_purged", true));

		// a second purge changes nothing
		assertThat(retention.purge(LocalDate.of(2017, 1, 1))).isZero();
		assertThat(report.compare(june).current()).isEqualTo(after);
		Period march = new Period(LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 2));
		assertThat(report.compare(march).current().pageViews()).isOne();
	}

	@Test // #8
	void rollingUpADayAgainReplacesItsFigures() {
		byte[] dora = visitor();
		view(dora, "2016-04-05T09:00", false, "desktop", "live");
		LocalDate day = LocalDate.of(2016, 4, 5);
		retention.rollUp(day);
		retention.rollUp(day);
		assertThat(pageViewsOf(day)).isOne();
		view(dora, "2016-04-05T09:05", false, "desktop", "live");
		retention.rollUp(day);
		assertThat(pageViewsOf(day)).isEqualTo(2);
		assertThat(dailyFigures.purgedDays(new Period(day, day)).any()).isFalse();
	}

	private long pageViewsOf(LocalDate day) {
		return count("select page_views from audience.daily_figures where day = ? and source = 'live'",
				java.sql.Date.valueOf(day));
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private static byte[] visitor() {
		UUID id = UUID.randomUUID();
		return ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

	private void view(byte[] visitor, String parisTime, boolean search, String device, String source) {
		Timestamp at = Timestamp.from(LocalDateTime.parse(parisTime).atZone(Period.ZONE).toInstant());
		jdbc.update("""
				insert into audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key)
				values (?, ?, '/', ?, ?, ?, ?)""", visitor, at, search, device, source, visitor());
		jdbc.update("""
				insert into audience.visitor (visitor, first_seen) values (?, ?) on conflict (visitor) do update
				set first_seen = least(audience.visitor.first_seen, excluded.first_seen)""", visitor, at);
	}

}
