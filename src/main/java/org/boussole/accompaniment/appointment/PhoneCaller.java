package org.boussole.accompaniment.appointment;

/** Who calls whom for a phone appointment. */
enum PhoneCaller {

	COUNSELLOR_CALLS, BENEFICIARY_CALLS;

	String messageKey() {
		return "accompaniment.appointment.phone." + name();
	}

}
