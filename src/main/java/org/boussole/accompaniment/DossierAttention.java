package org.boussole.accompaniment;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What other modules know of a dossier that needs its referent's attention, for the
 * caseload's "needs action": e.g. activities past their due date, or sent and waiting for
 * review. Implemented by the modules that know it (the activity module); the
 * accompaniment module depends on none of them.
 */
public interface DossierAttention {

	/**
	 * What waits in one dossier.
	 *
	 * @param overdue activities still to do (or to complete) after their due date
	 * @param awaitingReview activities sent and not reviewed yet
	 */
	record Attention(int overdue, int awaitingReview) {

		public boolean needsAction() {
			return overdue > 0 || awaitingReview > 0;
		}

	}

	/**
	 * @param dossierIds the dossiers of a caseload page
	 * @return what waits, only for the dossiers where something does
	 */
	Map<UUID, Attention> attentionFor(Collection<UUID> dossierIds);

	/**
	 * What waits in the dossiers a counsellor is the referent of, in one query: what the
	 * caseload needs before it lists, filters and counts them.
	 * @param referentId the counsellor whose caseload is shown
	 * @return what waits, only for the dossiers where something does (closed dossiers may
	 * be included: the caseload only flags open ones)
	 */
	Map<UUID, Attention> attentionForReferent(UUID referentId);

}
