package org.boussole.accompaniment.message;

import org.boussole.shared.CheckedFile;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a message. It is stored under a random name in the data directory;
 * the name the person gave it is kept here, cleaned, only to be shown and offered when
 * downloading. The content type is the one detected from the content.
 */
@Entity
@Table(name = "attachment", schema = "accompaniment")
class Attachment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID messageId;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private String originalName;

	@Column(nullable = false)
	private String contentType;

	private long sizeBytes;

	@Column(nullable = false)
	private String storedName;

	protected Attachment() {
	}

	Attachment(UUID messageId, UUID dossierId, CheckedFile file, String storedName) {
		this.id = UUID.randomUUID();
		this.messageId = messageId;
		this.dossierId = dossierId;
		this.originalName = file.name();
		this.contentType = file.type().mediaType();
		this.sizeBytes = file.size();
		this.storedName = storedName;
	}

	UUID getId() {
		return id;
	}

	UUID getMessageId() {
		return messageId;
	}

	UUID getDossierId() {
		return dossierId;
	}

	String getOriginalName() {
		return originalName;
	}

	String getContentType() {
		return contentType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	String getStoredName() {
		return storedName;
	}

}
