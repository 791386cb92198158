package org.boussole.content.event;

/**
 * A change the event refuses, with the message key that explains it to the person.
 */
class EventRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	EventRuleException(String messageKey) {
		this(messageKey, "");
	}

	/**
	 * @param field the form field the problem belongs to, or empty for the whole form
	 */
	EventRuleException(String messageKey, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	String messageKey() {
		return messageKey;
	}

	String field() {
		return field;
	}

}
