package org.boussole.accompaniment.appointment;

/** Where an appointment stands. Only a booked appointment holds its time. */
enum AppointmentStatus {

	BOOKED, CANCELLED, HONOURED, MISSED, LATE_CANCELLED;

	String messageKey() {
		return "accompaniment.appointment.status." + name();
	}

}
