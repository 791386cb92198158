package org.boussole.accompaniment;

import java.util.UUID;

/**
 * What happens to dossiers that other modules react to (the notifications module tells
 * the beneficiary). Events carry no personal detail of the request: only ids and the
 * names the beneficiary is meant to see.
 */
public final class DossierEvents {

	private DossierEvents() {
	}

	/**
	 * A person asked for accompaniment: a new dossier waits for its referent.
	 *
	 * @param dossierId the new dossier
	 * @param structureId the structure the request was routed to
	 */
	public record DossierRequested(UUID dossierId, UUID structureId) {
	}

	/**
	 * A counsellor now follows the dossier: its first referent, or a new one after a
	 * handover.
	 *
	 * @param beneficiaryId the account of the person followed
	 * @param referentName the name of the counsellor, as shown to the beneficiary
	 * @param structureName the structure the counsellor works for
	 * @param handover whether it replaces a previous referent
	 */
	public record DossierAssigned(UUID dossierId, UUID beneficiaryId, String referentName, String structureName,
			boolean handover) {
	}

}
