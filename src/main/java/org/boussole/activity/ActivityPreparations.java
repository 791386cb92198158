package org.boussole.activity;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentPreparation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the appointment page which activities prepare or follow up that appointment, in
 * one query.
 */
@Component
class ActivityPreparations implements AppointmentPreparation {

	private final JdbcTemplate jdbc;

	ActivityPreparations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Prepared> preparedFor(UUID appointmentId, ZoneId zone) {
		return jdbc.query("""
				select id, dossier_id, title, status, submitted_at from activity.activity
				where appointment_id = ? order by assigned_at, id""", (rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			UUID dossierId = rs.getObject("dossier_id", UUID.class);
			java.sql.Timestamp submitted = rs.getTimestamp("submitted_at");
			return new Prepared(id, rs.getString("title"), "activity.preparation." + rs.getString("status"),
					submitted == null ? null : submitted.toInstant().atZone(zone),
					"/conseil/dossiers/" + dossierId + "/activites/" + id,
					BeneficiaryActivityController.PATH + "/" + id);
		}, appointmentId);
	}

}
