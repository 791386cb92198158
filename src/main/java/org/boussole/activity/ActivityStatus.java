package org.boussole.activity;

/**
 * Where an activity stands: to do (the person may save and send), sent (the referent
 * reviews it), more asked (back to the person), accepted.
 */
enum ActivityStatus {

	TO_DO, SUBMITTED, MORE_ASKED, ACCEPTED;

	/**
	 * @return whether the person may still change the answers
	 */
	boolean isOpenToAnswers() {
		return this == TO_DO || this == MORE_ASKED;
	}

	String messageKey() {
		return "activity.status." + name();
	}

}
