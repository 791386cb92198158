package org.boussole.content.guide;

import java.time.Instant;

/**
 * Someone else saved the guide since the editor opened it: nothing was saved, and the
 * editor is told who and when.
 */
class EditConflict extends RuntimeException {

	private final String savedBy;

	private final Instant savedAt;

	private final long currentVersion;

	EditConflict(Guide current) {
		super("Guide " + current.getSlug() + " was changed by " + current.getUpdatedByName());
		this.savedBy = current.getUpdatedByName();
		this.savedAt = current.getUpdatedAt();
		this.currentVersion = current.getVersion();
	}

	String savedBy() {
		return savedBy;
	}

	Instant savedAt() {
		return savedAt;
	}

	long currentVersion() {
		return currentVersion;
	}

}
