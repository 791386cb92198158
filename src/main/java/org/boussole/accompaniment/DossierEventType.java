package org.boussole.accompaniment;

/**
 * The kinds of entries of a dossier's timeline. Some are for the staff only and never
 * shown to the beneficiary.
 */
enum DossierEventType {

	REQUESTED, ASSIGNED, REFERENT_CHANGED, CLOSED, REOPENED, MESSAGE_SENT,
	/** the referent left the structure: the dossier waits in the queue for a new one */
	RETURNED_TO_QUEUE,
	/** a private note of the team: staff only */
	NOTE_ADDED(false),
	/** a summary shared with the beneficiary */
	SUMMARY_SHARED,
	/** the person closed their account: the dossier was closed and anonymised */
	ACCOUNT_CLOSED,
	// appointments (names fit the 20 characters of the column)
	APPT_BOOKED, APPT_RESCHEDULED, APPT_CANCELLED, APPT_HONOURED, APPT_MISSED, APPT_LATE_CANCELLED, APPT_PROPOSED,
	APPT_DECLINED, APPT_EXPIRED,
	// online activities, without any answer
	ACTIVITY_ASSIGNED, ACTIVITY_SUBMITTED, ACTIVITY_REVIEWED, ACTIVITY_RETURNED, ACTIVITY_UPDATED;

	private final boolean visibleToBeneficiary;

	DossierEventType() {
		this(true);
	}

	DossierEventType(boolean visibleToBeneficiary) {
		this.visibleToBeneficiary = visibleToBeneficiary;
	}

	/**
	 * @return whether the beneficiary's timeline shows entries of this kind
	 */
	boolean isVisibleToBeneficiary() {
		return visibleToBeneficiary;
	}

	public String messageKey() {
		return "accompaniment.event." + name();
	}

}
