package org.boussole.accompaniment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the accompaniment achieved in a period, for the figures of the network and its
 * funders: counts only, never a person. A period is a run of whole days, both included,
 * from midnight to midnight in Paris, whatever the season.
 */
@Service
@Transactional(readOnly = true)
public class AccompanimentFigures {

	/** Days begin and end at midnight in Paris, where the network works. */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final String STRUCTURE = " and (cast(:structure as uuid) is null or d.structure_id = cast(:structure as uuid))";

	private final NamedParameterJdbcTemplate jdbc;

	AccompanimentFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of one period.
	 *
	 * @param requests requests for accompaniment sent
	 * @param dossiersOpened dossiers given their first referent (an assignment after a
	 * return to the queue is not a new opening)
	 * @param activeAtEnd dossiers requested or open at the end of the last day
	 * @param closedByOutcome dossiers closed by their referent, by outcome
	 * @param medianDaysToAssignment the median, in days, from the request to the first
	 * referent of the dossiers opened; {@literal null} when none was opened
	 * @param heldByMode appointments that took place, by mode
	 * @param missedByMode appointments the person did not come to, by mode
	 * @param lateCancelledByMode appointments cancelled too late, by mode
	 * @param travelAvoidedKm the kilometres of return journeys avoided by the
	 * appointments held remotely
	 * @param messages secure messages written, by either person
	 */
	public record Counts(long requests, long dossiersOpened, long activeAtEnd, Map<Outcome, Long> closedByOutcome,
			@Nullable Double medianDaysToAssignment, Map<MeetingMode, Long> heldByMode,
			Map<MeetingMode, Long> missedByMode, Map<MeetingMode, Long> lateCancelledByMode, double travelAvoidedKm,
			long messages) {

		/**
		 * @return the dossiers closed, whatever their outcome
		 */
		public long closed() {
			return closedByOutcome.values().stream().mapToLong(Long::longValue).sum();
		}

		/**
		 * @return the appointments held, whatever their mode
		 */
		public long held() {
			return heldByMode.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * @param from the first day, must not be after {@code to}
	 * @param structureId one structure, or {@literal null} for the whole network
	 * @return the figures of the period, never {@literal null}
	 */
	public Counts of(LocalDate from, LocalDate to, @Nullable UUID structureId) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		MapSqlParameterSource period = new MapSqlParameterSource().addValue("start", Timestamp.from(start(from)))
			.addValue("end", Timestamp.from(start(to.plusDays(1))))
			.addValue("structure", structureId == null ? null : structureId.toString());
		return new Counts(count("""
				select count(*) from accompaniment.dossier d
				where d.requested_at >= :start and d.requested_at < :end""" + STRUCTURE, period),
				count(FIRST_ASSIGNED + " select count(*) from first_assigned", period), count(ACTIVE_AT_END, period),
				closedByOutcome(period), medianDaysToAssignment(period), byMode("HONOURED", period),
				byMode("MISSED", period), byMode("LATE_CANCELLED", period), travelAvoided(period), count("""
						select count(*) from accompaniment.message m join accompaniment.dossier d on d.id = m.dossier_id
						where m.sent_at >= :start and m.sent_at < :end""" + STRUCTURE, period));
	}

	/** Dossiers whose first assignment, ever, falls in the period. */
	private static final String FIRST_ASSIGNED = """
			with first_assigned as (
				select e.dossier_id, min(e.at) as at, min(d.requested_at) as requested_at
				from accompaniment.dossier_event e join accompaniment.dossier d on d.id = e.dossier_id
				where e.type = 'ASSIGNED'""" + STRUCTURE + """

				group by e.dossier_id
				having min(e.at) >= :start and min(e.at) < :end)
			""";

	/**
	 * Dossiers requested before the end whose last closing or reopening before the end,
	 * if any, is a reopening.
	 */
	private static final String ACTIVE_AT_END = """
			select count(*) from accompaniment.dossier d
			where d.requested_at < :end""" + STRUCTURE + """

			and coalesce((select e.type from accompaniment.dossier_event e
				where e.dossier_id = d.id and e.at < :end and e.type in ('CLOSED', 'REOPENED', 'ACCOUNT_CLOSED')
				order by e.at desc, e.id desc limit 1), 'REOPENED') = 'REOPENED'
			""";

	private Map<Outcome, Long> closedByOutcome(MapSqlParameterSource period) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		jdbc.query("""
				select e.outcome, count(*) from accompaniment.dossier_event e
				join accompaniment.dossier d on d.id = e.dossier_id
				where e.type = 'CLOSED' and e.at >= :start and e.at < :end""" + STRUCTURE + """

				group by e.outcome""", period,
				(RowCallbackHandler) row -> counts.put(Outcome.valueOf(row.getString(1)), row.getLong(2)));
		return counts;
	}

	private @Nullable Double medianDaysToAssignment(MapSqlParameterSource period) {
		return jdbc.queryForObject(FIRST_ASSIGNED + """
				select percentile_cont(0.5) within group (
					order by extract(epoch from (at - requested_at)) / 86400.0)
				from first_assigned""", period, Double.class);
	}

	private Map<MeetingMode, Long> byMode(String status, MapSqlParameterSource period) {
		Map<MeetingMode, Long> counts = new EnumMap<>(MeetingMode.class);
		for (MeetingMode mode : MeetingMode.values()) {
			counts.put(mode, 0L);
		}
		jdbc.query("""
				select a.mode, count(*) from accompaniment.appointment a
				join accompaniment.dossier d on d.id = a.dossier_id
				where a.status = :status and a.start_at >= :start and a.start_at < :end""" + STRUCTURE + """

				group by a.mode""", new MapSqlParameterSource(period.getValues()).addValue("status", status),
				(RowCallbackHandler) row -> counts.put(MeetingMode.valueOf(row.getString(1)), row.getLong(2)));
		return counts;
	}

	private double travelAvoided(MapSqlParameterSource period) {
		BigDecimal km = jdbc.queryForObject("""
				select coalesce(sum(a.travel_avoided_km), 0) from accompaniment.appointment a
				join accompaniment.dossier d on d.id = a.dossier_id
				where a.status = 'HONOURED' and a.start_at >= :start and a.start_at < :end""" + STRUCTURE, period,
				BigDecimal.class);
		return km == null ? 0 : km.doubleValue();
	}

	private long count(String sql, MapSqlParameterSource period) {
		Long count = jdbc.queryForObject(sql, period, Long.class);
		return count == null ? 0 : count;
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

}
