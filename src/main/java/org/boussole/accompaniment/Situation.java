package org.boussole.accompaniment;

/** The work situation of a person asking for accompaniment. */
enum Situation {

	EMPLOYED, JOB_SEEKER, CROSS_BORDER_WORKER, OTHER;

	public String messageKey() {
		return "accompaniment.situation." + name();
	}

}
