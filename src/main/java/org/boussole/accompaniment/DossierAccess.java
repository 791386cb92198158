package org.boussole.accompaniment;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a dossier: its referent while they hold a current counsellor membership of
 * the dossier's structure, and the current admins of that structure, among the staff; and
 * the beneficiary it belongs to, who is never staff on their own dossier. Anyone else is
 * told that it does not exist (404), so that ids reveal nothing. Memberships are read at
 * each request: a counsellor removed from the structure loses access at once.
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
		Dossier dossier = staffSide(user, dossierId);
		// the referent's own membership first: the usual case asks one question
		if (!isCurrentReferent(user, dossier) && !isStructureAdmin(user, dossier)) {
			throw notFound();
		}
		return dossier;
	}

	/**
	 * What a staff member may do with a dossier they may see.
	 *
	 * @param structureAdmin whether they administer the dossier's structure (they may
	 * also be its referent)
	 * @param referent whether they follow it now (see {@link #isCurrentReferent})
	 */
	record StaffGrant(Dossier dossier, boolean structureAdmin, boolean referent) {
	}

	/**
	 * The same check as {@link #forStaff}, for a page that also needs to know whether the
	 * person administers the structure and whether they follow it: one look-up of the
	 * dossier, one or two of memberships.
	 * @return the dossier and the person's place; 404 unless they are its referent or an
	 * admin of its structure
	 */
	StaffGrant staffGrant(CurrentUser user, UUID dossierId) {
		Dossier dossier = staffSide(user, dossierId);
		boolean admin = isStructureAdmin(user, dossier);
		boolean referent = isCurrentReferent(user, dossier);
		if (!admin && !referent) {
			throw notFound();
		}
		return new StaffGrant(dossier, admin, referent);
	}

	/**
	 * @return the dossier if the current user administers its structure; otherwise 404
	 */
	Dossier forStructureAdmin(CurrentUser user, UUID dossierId) {
		Dossier dossier = staffSide(user, dossierId);
		if (!isStructureAdmin(user, dossier)) {
			throw notFound();
		}
		return dossier;
	}

	boolean isStructureAdmin(CurrentUser user, Dossier dossier) {
		return network.isStructureAdmin(user.id(), dossier.getStructureId());
	}

	/**
	 * @return whether the person follows the dossier now: its referent, with a current
	 * counsellor membership of its structure
	 */
	boolean isCurrentReferent(CurrentUser user, Dossier dossier) {
		return dossier.isReferent(user.id()) && network.isCounsellor(user.id(), dossier.getStructureId());
	}

	/**
	 * @return the dossier, unless it is unknown or belongs to that person (who is never
	 * staff on their own dossier): 404
	 */
	private Dossier staffSide(CurrentUser user, UUID dossierId) {
		return dossiers.findById(dossierId)
			.filter(dossier -> !dossier.getBeneficiaryId().equals(user.id()))
			.orElseThrow(DossierAccess::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
