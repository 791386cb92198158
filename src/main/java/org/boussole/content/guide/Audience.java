package org.boussole.content.guide;

/** The people a guide is written for. */
enum Audience {

	SALARIES, DEMANDEURS_EMPLOI, INDEPENDANTS, FRONTALIERS, RESIDENTS_GENEVE, PERSONNES_HANDICAP, TOUS;

	public String messageKey() {
		return "content.guide.audience." + name();
	}

}
