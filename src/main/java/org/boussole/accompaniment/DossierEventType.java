package org.boussole.accompaniment;

/** The kinds of entries of a dossier's timeline. */
enum DossierEventType {

	REQUESTED, ASSIGNED, REFERENT_CHANGED, CLOSED, REOPENED, MESSAGE_SENT,

	// appointments (names fit the 20 characters of the column)
	APPT_BOOKED, APPT_RESCHEDULED, APPT_CANCELLED, APPT_HONOURED, APPT_MISSED, APPT_LATE_CANCELLED;

	public String messageKey() {
		return "accompaniment.event." + name();
	}

}
