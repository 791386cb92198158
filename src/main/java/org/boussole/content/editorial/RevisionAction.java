package org.boussole.content.editorial;

/** What an editorial change did. */
public enum RevisionAction {

	SAVED, PUBLISHED, UNPUBLISHED, SCHEDULED, RESTORED, REVIEWED, CANCELLED;

	public String messageKey() {
		return "content.editorial.revision." + name();
	}

}
