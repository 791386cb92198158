package org.boussole.accompaniment;

/**
 * Where a dossier stands: requested (waiting for a referent), open (followed), closed
 * (with an outcome).
 */
enum DossierStatus {

	REQUESTED, OPEN, CLOSED;

	public String messageKey() {
		return "accompaniment.status." + name();
	}

}
