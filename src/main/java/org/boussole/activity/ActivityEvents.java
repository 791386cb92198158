package org.boussole.activity;

import java.util.UUID;

/**
 * What happens to activities that other modules react to (the notifications module tells
 * the other party). Events carry ids only, never an answer.
 */
public final class ActivityEvents {

	private ActivityEvents() {
	}

	/** The referent gave the person an activity to do. */
	public record ActivityAssigned(UUID activityId, UUID dossierId, UUID beneficiaryId) {
	}

	/** The person sent an activity: the referent has something to review. */
	public record ActivitySubmitted(UUID activityId, UUID dossierId, UUID referentId) {
	}

	/** The referent asked the person for more: the activity is back with them. */
	public record ActivityReturned(UUID activityId, UUID dossierId, UUID beneficiaryId) {
	}

}
