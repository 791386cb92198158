package org.boussole.accompaniment;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was done online to prepare or follow up an appointment (the activities linked to
 * it), for the appointment page. Implemented by the module that knows it (the activity
 * module); the accompaniment module depends on none of them.
 */
public interface AppointmentPreparation {

	/**
	 * One piece of work linked to an appointment.
	 *
	 * @param statusKey the message key of where it stands
	 * @param submittedAt when the person sent it, if they did
	 * @param staffPath the page of it for the staff
	 * @param beneficiaryPath the page of it for the beneficiary
	 */
	record Prepared(UUID id, String title, String statusKey, @Nullable ZonedDateTime submittedAt, String staffPath,
			String beneficiaryPath) {
	}

	/**
	 * @param zone the time zone of the appointment
	 * @return the work linked to that appointment, the first given first, in one query
	 */
	List<Prepared> preparedFor(UUID appointmentId, ZoneId zone);

}
