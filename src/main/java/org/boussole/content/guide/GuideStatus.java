package org.boussole.content.guide;

/** Where a guide stands in the editorial workflow. */
enum GuideStatus {

	/** Never published: only editors see it. */
	DRAFT,
	/**
	 * To be published at a set instant; a version already online stays online until then.
	 */
	SCHEDULED,
	/** Online. */
	PUBLISHED,
	/** Taken offline by an editor. */
	UNPUBLISHED;

	public String messageKey() {
		return "content.guide.status." + name();
	}

}
