package org.boussole.accompaniment.appointment;

/**
 * A booking, move or cancellation that cannot be done, with the message key that tells
 * the person why. Nothing was changed.
 */
class AppointmentRefused extends RuntimeException {

	static final String TAKEN = "accompaniment.appointment.error.taken";

	static final String NOT_FREE = "accompaniment.appointment.error.notFree";

	static final String MODE = "accompaniment.appointment.error.mode";

	static final String TOO_LATE = "accompaniment.appointment.error.tooLate";

	static final String NOT_BOOKED = "accompaniment.appointment.error.notBooked";

	static final String NO_DOSSIER = "accompaniment.appointment.error.noDossier";

	static final String PHONE = "accompaniment.appointment.error.phone";

	static final String EXPIRED = "accompaniment.proposal.error.expired";

	static final String HOLD_EXPIRED = "accompaniment.proposal.error.holdExpired";

	static final String PROPOSAL_CLOSED = "accompaniment.proposal.error.closed";

	private final String messageKey;

	AppointmentRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
