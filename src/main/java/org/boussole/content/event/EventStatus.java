package org.boussole.content.event;

/** Where an event stands in the editorial workflow. */
enum EventStatus {

	/** Written, seen by editors only. */
	DRAFT,

	/** To be published at a set time by the publication job. */
	SCHEDULED,

	/** Public, open for registration until it starts. */
	PUBLISHED,

	/** Taken off the public pages; registrations stay. */
	UNPUBLISHED,

	/** Will not take place; the registered people were told. */
	CANCELLED

}
