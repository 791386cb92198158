package org.boussole.content;

/**
 * Something visitors read changed: the job fiches after an import, a guide put online or
 * taken offline, an event published, changed, unpublished or cancelled. Published inside
 * the transaction of the change.
 *
 * @param kind what changed
 * @param key the slug of a guide, the id of an event, the release for the job fiches
 */
public record ContentChanged(Kind kind, String key) {

	/** The kinds of content visitors read. */
	public enum Kind {

		JOBS, GUIDE, EVENT

	}

}
