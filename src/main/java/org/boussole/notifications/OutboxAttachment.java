package org.boussole.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file attached to a mail of the outbox, stored with it until the mail is purged. */
@Embeddable
class OutboxAttachment {

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private byte[] content;

	@SuppressWarnings("NullAway.Init")
	protected OutboxAttachment() {
		// for JPA
	}

	OutboxAttachment(MailAttachment attachment) {
		this.fileName = attachment.fileName();
		this.contentType = attachment.contentType();
		this.content = attachment.content().clone();
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	byte[] getContent() {
		return content.clone();
	}

}
