package org.boussole.accompaniment;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a dossier: its referent and the admins of its structure among the staff,
 * and the beneficiary it belongs to. Anyone else is told that it does not exist (404), so
 * that ids reveal nothing.
 */
@Component
class DossierAccess {

	private final DossierRepository dossiers;

	private final NetworkManagement network;

	DossierAccess(DossierRepository dossiers, NetworkManagement network) {
		this.dossiers = dossiers;
		this.network = network;
	}

	/**
	 * @return the dossier if the staff member is its referent or an admin of its
	 * structure; otherwise 404
	 */
	Dossier forStaff(CurrentUser user, UUID dossierId) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		if (!dossier.isReferent(user.id()) && !isStructureAdmin(user, dossier)) {
			throw notFound();
		}
		return dossier;
	}

	/**
	 * What a staff member may do with a dossier they may see.
	 *
	 * @param structureAdmin whether they administer the dossier's structure (they may
	 * also be its referent)
	 */
	record StaffGrant(Dossier dossier, boolean structureAdmin) {
	}

	/**
	 * The same check as {@link #forStaff}, for a page that also needs to know whether the
	 * person administers the structure: one look-up of the dossier, one of the
	 * membership.
	 * @return the dossier and the person's place; 404 unless they are its referent or an
	 * admin of its structure
	 */
	StaffGrant staffGrant(CurrentUser user, UUID dossierId) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		boolean admin = isStructureAdmin(user, dossier);
		if (!dossier.isReferent(user.id()) && !admin) {
			throw notFound();
		}
		return new StaffGrant(dossier, admin);
	}

	/**
	 * @return the dossier if the current user administers its structure; otherwise 404
	 */
	Dossier forStructureAdmin(CurrentUser user, UUID dossierId) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		if (!isStructureAdmin(user, dossier)) {
			throw notFound();
		}
		return dossier;
	}

	boolean isStructureAdmin(CurrentUser user, Dossier dossier) {
		return network.isStructureAdmin(user.id(), dossier.getStructureId());
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
