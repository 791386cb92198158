package org.boussole.content.guide;

/** What a guide is about. */
enum Theme {

	FINANCEMENT, FORMATION, VALIDATION_ACQUIS, ORIENTATION, RECONVERSION, CREATION_ENTREPRISE, TRAVAIL_FRONTALIER,
	APPRENTISSAGE;

	public String messageKey() {
		return "content.guide.theme." + name();
	}

}
