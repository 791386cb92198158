package org.boussole.accompaniment;

/** What a person wants from the accompaniment (several may be chosen). */
enum Wish {

	CHANGE_JOB, TRAIN, VALIDATE_EXPERIENCE, CLARIFY_PROJECT, OTHER;

	public String messageKey() {
		return "accompaniment.wish." + name();
	}

}
