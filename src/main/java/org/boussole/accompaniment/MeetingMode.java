package org.boussole.accompaniment;

/** How a person prefers to meet their counsellor (at least one). */
public enum MeetingMode {

	IN_PERSON, VIDEO, PHONE;

	public String messageKey() {
		return "accompaniment.meeting." + name();
	}

}
