package org.boussole.network;

/**
 * A rule of the network refused what was typed: the controller shows the message next to
 * the field.
 *
 * @param field the form field the message belongs to
 * @param messageKey the message key
 */
class FormProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	FormProblem(String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
