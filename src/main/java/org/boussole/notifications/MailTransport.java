package org.boussole.notifications;

/**
 * The way mails leave Boussole: by SMTP, or into the local mailbox under the data
 * directory.
 */
interface MailTransport {

	/**
	 * Delivers one mail; an exception means it was not delivered and must be tried again.
	 * @param mail must not be {@literal null}
	 */
	void send(OutboxMail mail) throws Exception;

	/**
	 * @return where mails go, for the administrators' page
	 */
	Description describe();

	/**
	 * @param smtp whether mails go out by SMTP (otherwise they stay in the local mailbox)
	 * @param target the SMTP server ({@code host:port}) or the mailbox directory
	 */
	record Description(boolean smtp, String target) {
	}

}
