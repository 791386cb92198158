package org.boussole.content.event;

/** What kind of event it is. */
enum EventKind {

	/** "atelier": a small group works on something together. */
	WORKSHOP,

	/** "réunion d'information": a presentation of a scheme, a job, a training. */
	INFORMATION_SESSION

}
