package org.boussole.audience;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The accompaniment funnel: a count per day and step, nothing about anyone. */
@Repository
class FunnelCounts {

	private final JdbcTemplate jdbc;

	FunnelCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(LocalDate day, FunnelStep step, long count) {
		jdbc.update("""
				insert into audience.funnel_count (day, step, count) values (?, ?, ?)
				on conflict (day, step) do update set count = audience.funnel_count.count + excluded.count""",
				Date.valueOf(day), step.code(), count);
	}

	/**
	 * @return the count of every step over the days of the period (zero included), in
	 * funnel order
	 */
	Map<FunnelStep, Long> counts(Period period) {
		Map<FunnelStep, Long> counts = new EnumMap<>(FunnelStep.class);
		for (FunnelStep step : FunnelStep.values()) {
			counts.put(step, 0L);
		}
		jdbc.query("""
				select step, sum(count) from audience.funnel_count where day between ? and ? group by step""", rs -> {
			counts.put(FunnelStep.fromCode(rs.getString(1)), rs.getLong(2));
		}, Date.valueOf(period.from()), Date.valueOf(period.to()));
		return counts;
	}

}
