package org.boussole.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An activity given to a dossier: the exact template version it was given with, the
 * referent's instructions and due date, the person's answers (saved as they go, then
 * sent) and the referent's review. A change that the status does not allow throws
 * {@link IllegalStateException}.
 */
@Entity
@Table(name = "activity", schema = "activity")
class Activity {

	static final int MAX_INSTRUCTIONS = 2000;

	static final int MAX_COMMENT = 5000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID beneficiaryId;

	@Column(nullable = false)
	private UUID templateVersionId;

	@Column(nullable = false)
	private String title;

	private @Nullable String instructions;

	private @Nullable LocalDate dueDate;

	private @Nullable UUID appointmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status;

	@Column(nullable = false)
	private String answers;

	private @Nullable String reviewComment;

	@Column(nullable = false)
	private UUID assignedBy;

	@Column(nullable = false)
	private Instant assignedAt;

	private @Nullable Instant savedAt;

	private @Nullable Instant submittedAt;

	private @Nullable UUID reviewedBy;

	private @Nullable Instant reviewedAt;

	/** whether its steps stay open to updates once accepted (an action plan) */
	private boolean living;

	@Version
	private long version;

	protected Activity() {
	}

	Activity(UUID dossierId, UUID beneficiaryId, TemplateVersion templateVersion, boolean living, String title,
			@Nullable String instructions, @Nullable LocalDate dueDate, @Nullable UUID appointmentId, UUID assignedBy,
			Instant now) {
		this.living = living;
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.beneficiaryId = beneficiaryId;
		this.templateVersionId = templateVersion.getId();
		this.title = title;
		this.instructions = instructions == null || instructions.isBlank() ? null : instructions.strip();
		this.dueDate = dueDate;
		this.appointmentId = appointmentId;
		this.status = ActivityStatus.TO_DO;
		this.answers = "{}";
		this.assignedBy = assignedBy;
		this.assignedAt = now;
		if (this.instructions != null && this.instructions.length() > MAX_INSTRUCTIONS) {
			throw new IllegalArgumentException("Instructions too long");
		}
	}

	/** Keeps the answers as they are now, without sending them. */
	void saveDraft(Answers answers, Instant now) {
		requireOpenToAnswers();
		this.answers = answers.toJson();
		this.savedAt = now;
	}

	/** Sends the answers to the referent. */
	void submit(Answers answers, Instant now) {
		saveDraft(answers, now);
		this.status = ActivityStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/**
	 * The referent accepts the answers, or asks for more (the person may change them and
	 * send them again).
	 */
	void review(boolean accepted, @Nullable String comment, UUID reviewer, Instant now) {
		if (status != ActivityStatus.SUBMITTED) {
			throw new IllegalStateException("Activity " + id + " is " + status + ", not sent");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new IllegalArgumentException("Comment too long");
		}
		if (!accepted && text == null) {
			throw new IllegalArgumentException("Asking for more needs a comment");
		}
		this.status = accepted ? ActivityStatus.ACCEPTED : ActivityStatus.MORE_ASKED;
		this.reviewComment = text;
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
	}

	/**
	 * Replaces the steps of an accepted living plan (the other answers stay as accepted).
	 * The dossier being open is checked by the caller.
	 */
	void updatePlan(Answers answers, Instant now) {
		if (!isPlanOpen()) {
			throw new IllegalStateException("Activity " + id + " is not an accepted living plan");
		}
		this.answers = answers.toJson();
		this.savedAt = now;
	}

	/**
	 * @return whether its steps may be updated now: a living activity, accepted
	 */
	boolean isPlanOpen() {
		return living && status == ActivityStatus.ACCEPTED;
	}

	boolean isLiving() {
		return living;
	}

	void changeDueDate(@Nullable LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	/**
	 * @return whether the due date is past on that day
	 */
	boolean isLate(LocalDate today) {
		return dueDate != null && today.isAfter(dueDate);
	}

	private void requireOpenToAnswers() {
		if (!status.isOpenToAnswers()) {
			throw new IllegalStateException("Activity " + id + " is " + status);
		}
	}

	UUID getId() {
		return id;
	}

	UUID getDossierId() {
		return dossierId;
	}

	UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	UUID getTemplateVersionId() {
		return templateVersionId;
	}

	String getTitle() {
		return title;
	}

	@Nullable String getInstructions() {
		return instructions;
	}

	@Nullable LocalDate getDueDate() {
		return dueDate;
	}

	@Nullable UUID getAppointmentId() {
		return appointmentId;
	}

	ActivityStatus getStatus() {
		return status;
	}

	Answers getAnswers() {
		return Answers.parse(answers);
	}

	@Nullable String getReviewComment() {
		return reviewComment;
	}

	Instant getAssignedAt() {
		return assignedAt;
	}

	@Nullable Instant getSavedAt() {
		return savedAt;
	}

	@Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	@Nullable Instant getReviewedAt() {
		return reviewedAt;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Activity activity && Objects.equals(id, activity.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
