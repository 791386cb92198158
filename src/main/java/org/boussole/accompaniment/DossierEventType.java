package org.boussole.accompaniment;

/** The kinds of entries of a dossier's timeline. */
enum DossierEventType {

	REQUESTED, ASSIGNED, REFERENT_CHANGED, CLOSED, REOPENED, MESSAGE_SENT, ACCOUNT_CLOSED;

	public String messageKey() {
		return "accompaniment.event." + name();
	}

}
