package org.boussole.accompaniment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
	 * @param beneficiaryId the account of the person who asked
	 * @param origin the local page the person asked from (e.g.
	 * {@code /metiers/centres-interet}), if any: published in the request thread, inside
	 * the transaction storing the dossier, a listener may attach what that page left in
	 * the person's session
	 */
	public record DossierRequested(UUID dossierId, UUID structureId, UUID beneficiaryId, @Nullable String origin) {
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
