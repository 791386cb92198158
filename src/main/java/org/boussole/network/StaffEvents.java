package org.boussole.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happens to the staff of structures that other modules react to.
 */
public final class StaffEvents {

	private StaffEvents() {
	}

	/**
	 * An administrator invited a person who already has an account to join a structure's
	 * team: they must confirm it while signed in, at {@code link}.
	 *
	 * @param membershipId the invitation, which gives nothing until it is accepted
	 * @param role the role offered in the structure
	 * @param invitedBy the administrator's name, shown in the e-mail
	 */
	public record MembershipOffered(UUID membershipId, UUID accountId, String email, String displayName,
			String language, String structureName, StaffRole role, String invitedBy, String link) {
	}

	/**
	 * A counsellor no longer works in a structure (their membership was removed): the
	 * dossiers they followed there must go to another counsellor or back to the queue.
	 *
	 * @param counsellorId the account of the counsellor who left
	 * @param handoverTo the counsellor of the same structure chosen to follow their open
	 * dossiers, or {@literal null} to send them back to the structure's queue
	 * @param note what the new referent should know, given with {@code handoverTo}
	 * @param actorId the administrator who removed the membership
	 */
	public record CounsellorLeft(UUID counsellorId, UUID structureId, @Nullable UUID handoverTo, @Nullable String note,
			UUID actorId) {
	}

}
