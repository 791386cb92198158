package org.boussole.notifications;

/** Where an e-mail of the outbox stands. */
enum MailStatus {

	/** Waiting to be sent, at its first attempt or after a failure. */
	PENDING,
	/** Handed to the mail server (or written to the local mailbox). */
	SENT,
	/** Given up after too many failed attempts; an administrator may try again. */
	FAILED;

	/**
	 * @return the message key of the status's name
	 */
	String messageKey() {
		return "notifications.status." + name();
	}

}
