package org.boussole.activity;

import java.time.Instant;
import java.util.UUID;

import org.boussole.shared.CheckedFile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document attached to a FILE question of an activity. The file is kept under a random
 * name in the data directory ({@link ActivityFileStore}); the name the person gave it is
 * kept here, cleaned, only to be shown and offered when downloading. The content type is
 * the one detected from the content.
 */
@Entity
@Table(name = "activity_file", schema = "activity")
class ActivityFile {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID activityId;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID beneficiaryId;

	@Column(nullable = false)
	private String questionId;

	@Column(nullable = false)
	private String originalName;

	@Column(nullable = false)
	private String contentType;

	private long sizeBytes;

	@Column(nullable = false)
	private String storedName;

	@Column(nullable = false)
	private Instant uploadedAt;

	protected ActivityFile() {
	}

	ActivityFile(Activity activity, String questionId, CheckedFile file, String storedName, Instant now) {
		this.id = UUID.randomUUID();
		this.activityId = activity.getId();
		this.dossierId = activity.getDossierId();
		this.beneficiaryId = activity.getBeneficiaryId();
		this.questionId = questionId;
		this.originalName = file.name();
		this.contentType = file.type().mediaType();
		this.sizeBytes = file.size();
		this.storedName = storedName;
		this.uploadedAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getActivityId() {
		return activityId;
	}

	String getQuestionId() {
		return questionId;
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

	Instant getUploadedAt() {
		return uploadedAt;
	}

}
