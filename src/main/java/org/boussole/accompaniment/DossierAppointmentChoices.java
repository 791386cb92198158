package org.boussole.accompaniment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointments of a dossier that an activity may prepare or follow up, for the
 * activity module: those still booked, and those of the last {@value #RECENT_DAYS} days
 * that were not cancelled. An appointment of another dossier is never found.
 */
@Service
@Transactional(readOnly = true)
public class DossierAppointmentChoices {

	/** How far back an appointment may still be followed up by an activity. */
	public static final int RECENT_DAYS = 60;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DossierAppointmentChoices(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One appointment of a dossier, as a choice.
	 *
	 * @param start in the time zone of the appointment
	 * @param modeKey the message key of its mode
	 * @param statusKey the message key of its status
	 */
	public record AppointmentChoice(UUID id, UUID dossierId, ZonedDateTime start, MeetingMode mode, String modeKey,
			String status, String statusKey) {
	}

	/**
	 * @return the appointments of the dossier that an activity may prepare or follow up,
	 * the earliest first
	 */
	public List<AppointmentChoice> choicesFor(UUID dossierId) {
		Instant since = clock.instant().minus(Duration.ofDays(RECENT_DAYS));
		return jdbc.query("""
				select id, dossier_id, start_at, zone, mode, status from accompaniment.appointment
				where dossier_id = ? and status <> 'CANCELLED' and (status = 'BOOKED' or start_at >= ?)
				order by start_at""", (rs, row) -> choice(rs), dossierId, java.sql.Timestamp.from(since));
	}

	/**
	 * @return that appointment if it is one of the choices of that dossier; empty for an
	 * appointment of another dossier, cancelled or too old
	 */
	public Optional<AppointmentChoice> choiceOf(UUID dossierId, UUID appointmentId) {
		return choicesFor(dossierId).stream().filter(choice -> choice.id().equals(appointmentId)).findFirst();
	}

	/**
	 * @return that appointment of that dossier, whatever its status or date (to show what
	 * an activity prepared); empty for an appointment of another dossier
	 */
	public Optional<AppointmentChoice> find(UUID dossierId, UUID appointmentId) {
		return jdbc.query("""
				select id, dossier_id, start_at, zone, mode, status from accompaniment.appointment
				where id = ? and dossier_id = ?""", (rs, row) -> choice(rs), appointmentId, dossierId)
			.stream()
			.findFirst();
	}

	private static AppointmentChoice choice(java.sql.ResultSet rs) throws java.sql.SQLException {
		MeetingMode mode = MeetingMode.valueOf(rs.getString("mode"));
		String status = rs.getString("status");
		ZonedDateTime start = rs.getTimestamp("start_at").toInstant().atZone(ZoneId.of(rs.getString("zone")));
		return new AppointmentChoice(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), start,
				mode, mode.messageKey(), status, "accompaniment.appointment.status." + status);
	}

}
