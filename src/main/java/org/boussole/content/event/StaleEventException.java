package org.boussole.content.event;

/** Someone else saved the event since the form was opened. */
class StaleEventException extends RuntimeException {

	StaleEventException() {
		super("The event changed since the form was opened");
	}

}
