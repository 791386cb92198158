package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.datasketches.hll.HllSketch;
import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The distinct visitors of periods whose raw page views are purged, merged from the
 * sketch kept for each day. Page views are written in 2011, a year no other test uses,
 * and the purge runs as if on 1 January 2013 (cut-off: 1 December 2011).
 */
@AppIntegrationTest
class VisitorSketchIntegrationTests {

	private static final LocalDate PURGE_DAY = LocalDate.of(2013, 1, 1);

	@Autowired
	AudienceRetention retention;

	@Autowired
	AudienceReport report;

	@Autowired
	AccessLogImport imports;

	@Autowired
	LiveStore live;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test // #8
	void visitorsWhoCameOnManyPurgedDaysCountOnceAndTheOtherFiguresStayTheSame() {
		Random random = new Random(8);
		List<Object[]> rows = new ArrayList<>();
		Map<ByteBuffer, Instant> firstSeen = new java.util.HashMap<>();
		// one regular visitor every day of September 2011, and 1,500 others on 1 to 8
		// days
		byte[] regular = key();
		for (int day = 1; day <= 30; day++) {
			row(rows, firstSeen, regular, LocalDateTime.of(2011, 9, day, 12, 0), random);
		}
		for (int v = 0; v < 1500; v++) {
			byte[] visitor = key();
			int days = 1 + random.nextInt(8);
			for (int d = 0; d < days; d++) {
				row(rows, firstSeen, visitor,
						LocalDateTime.of(2011, 9, 1 + random.nextInt(30), random.nextInt(24), random.nextInt(60)),
						random);
			}
		}
		insert(rows, firstSeen);
		Period september = new Period(LocalDate.of(2011, 9, 1), LocalDate.of(2011, 9, 30));
		PeriodFigures before = report.compare(september).current();
		assertThat(before.visitors()).isEqualTo(1501);
		assertThat(before.visitorsEstimated()).isFalse();

		retention.purge(PURGE_DAY);

		assertThat(jdbc.queryForObject("select count(*) from audience.page_view where viewed_at < '2011-10-01'",
				Long.class))
			.isZero();
		PeriodFigures after = report.compare(september).current();
		// summed day by day, they would be about 6,800
		assertThat((double) after.visitors()).isCloseTo(1501, within(1501 * 0.03));
		assertThat(after.visitorsEstimated()).isTrue();
		assertThat(after).isEqualTo(new PeriodFigures(before.from(), before.to(), after.visitors(),
				before.newVisitors(), before.visits(), before.pageViews(), before.searches(), before.desktop(),
				before.mobile(), before.tablet(), true));
	}

	@Test // #8
	void aPeriodAcrossPurgedAndKeptDaysCountsEachVisitorOnceAndEachNewVisitorOnce() {
		byte[] eva = key();
		byte[] farid = key();
		byte[] gaia = key();
		List<Object[]> rows = new ArrayList<>();
		Map<ByteBuffer, Instant> firstSeen = new java.util.HashMap<>();
		Random random = new Random(11);
		// Eva: first seen on 25 November (to be purged), back on 5 December (kept)
		row(rows, firstSeen, eva, LocalDateTime.of(2011, 11, 25, 9, 0), random);
		row(rows, firstSeen, eva, LocalDateTime.of(2011, 11, 27, 9, 0), random);
		row(rows, firstSeen, eva, LocalDateTime.of(2011, 12, 5, 9, 0), random);
		// Farid: 28 November only; Gaia: 3 December only, then 4 December
		row(rows, firstSeen, farid, LocalDateTime.of(2011, 11, 28, 20, 0), random);
		row(rows, firstSeen, gaia, LocalDateTime.of(2011, 12, 3, 20, 0), random);
		row(rows, firstSeen, gaia, LocalDateTime.of(2011, 12, 4, 20, 0), random);
		insert(rows, firstSeen);
		Period period = new Period(LocalDate.of(2011, 11, 20), LocalDate.of(2011, 12, 10));
		PeriodFigures before = report.compare(period).current();
		assertThat(before.visitors()).isEqualTo(3);
		assertThat(before.newVisitors()).isEqualTo(3);

		retention.purge(PURGE_DAY);

		assertThat(count("select count(*) from audience.page_view where visitor = ?", eva)).isOne();
		PeriodFigures after = report.compare(period).current();
		assertThat(after).isEqualTo(new PeriodFigures(period.from(), period.to(), 3, 3, before.visits(),
				before.pageViews(), before.searches(), before.desktop(), before.mobile(), before.tablet(), true));
		// only the kept days: Eva is not new there, Gaia is
		PeriodFigures december = report.compare(new Period(LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 10)))
			.current();
		assertThat(december.visitors()).isEqualTo(2);
		assertThat(december.newVisitors()).isOne();
		assertThat(december.visitorsEstimated()).isFalse();
	}

	@Test // #8
	void theImportAndLiveMeasurementBothLeaveASketchOfEachDay() throws IOException {
		LocalDate day = LocalDate.of(2011, 10, 14);
		StringBuilder log = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			// 40 visitors, each twice in the day
			for (int hour : new int[] { 9, 15 }) {
				log.append(TestLogs.combined("10.11.0." + i, day.atTime(hour, i).atZone(Period.ZONE), "GET",
						"/metiers/" + i, 200, TestLogs.FIREFOX))
					.append('\n');
			}
		}
		Path file = dir.resolve("access.log");
		Files.writeString(file, log);
		imports.importFiles(List.of(file), LogFormat.COMBINED, List.of());
		List<LiveView> views = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			byte[] visitor = key();
			for (int hour : new int[] { 10, 16, 21 }) {
				views.add(new LiveView(visitor, day.atTime(hour, i).atZone(Period.ZONE).toInstant(), "/", false, null,
						ReferrerSource.DIRECT, Device.MOBILE, null));
			}
		}
		live.write(views);

		retention.purge(PURGE_DAY);

		Map<String, Long> estimates = new java.util.HashMap<>();
		jdbc.query("select source, visitors, visitor_sketch from audience.daily_figures where day = ?", rs -> {
			assertThat(rs.getBytes(3)).isNotNull();
			estimates.put(rs.getString(1), Math.round(HllSketch.heapify(rs.getBytes(3)).getEstimate()));
			assertThat(rs.getLong(2)).isEqualTo(estimates.get(rs.getString(1)));
		}, java.sql.Date.valueOf(day));
		assertThat(estimates).containsEntry("log", 40L).containsEntry("live", 25L);
		PeriodFigures figures = report.compare(new Period(day, day)).current();
		assertThat(figures.visitors()).isEqualTo(65);
		assertThat(figures.visits()).isEqualTo(40 * 2 + 25 * 3);
		assertThat(figures.visitorsEstimated()).isTrue();
	}

	private static void row(List<Object[]> rows, Map<ByteBuffer, Instant> firstSeen, byte[] visitor,
			LocalDateTime parisTime, Random random) {
		Instant at = parisTime.atZone(Period.ZONE).toInstant();
		String device = List.of("desktop", "mobile", "tablet").get(random.nextInt(3));
		rows.add(new Object[] { visitor, Timestamp.from(at), random.nextInt(5) == 0, device, key() });
		firstSeen.merge(ByteBuffer.wrap(visitor), at, (a, b) -> a.isBefore(b) ? a : b);
	}

	private void insert(List<Object[]> rows, Map<ByteBuffer, Instant> firstSeen) {
		jdbc.batchUpdate("""
				insert into audience.page_view (visitor, viewed_at, path, search, device, source, dedup_key)
				values (?, ?, '/', ?, ?, 'log', ?)""", rows);
		List<Object[]> visitors = new ArrayList<>();
		firstSeen.forEach((visitor, at) -> visitors.add(new Object[] { visitor.array(), Timestamp.from(at) }));
		jdbc.batchUpdate("""
				insert into audience.visitor (visitor, first_seen) values (?, ?) on conflict (visitor) do update
				set first_seen = least(audience.visitor.first_seen, excluded.first_seen)""", visitors);
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private static byte[] key() {
		UUID id = UUID.randomUUID();
		return ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

}
