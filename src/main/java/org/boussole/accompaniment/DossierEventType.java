package org.boussole.accompaniment;

/** The kinds of entries of a dossier's timeline. */
enum DossierEventType {

	REQUESTED, ASSIGNED, REFERENT_CHANGED, CLOSED, REOPENED;

	public String messageKey() {
		return "accompaniment.event." + name();
	}

}
