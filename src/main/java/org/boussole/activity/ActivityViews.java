package org.boussole.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.activity.ActivityManagement.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the activity pages show of activities, dates in the dossier's time zone. */
@Service
@Transactional(readOnly = true)
class ActivityViews {

	private final ActivityRepository activities;

	private final java.time.Clock clock;

	ActivityViews(ActivityRepository activities, java.time.Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	/** One activity in a list. */
	record Row(UUID id, String title, ActivityStatus status, String statusKey, @Nullable LocalDate dueDate,
			boolean late, @Nullable ZonedDateTime submittedAt) {

		public boolean waitingForReview() {
			return status == ActivityStatus.SUBMITTED;
		}

	}

	/** One activity with what its page shows around the questions. */
	record Detail(UUID id, UUID dossierId, String title, ActivityStatus status, String statusKey,
			@Nullable String instructions, @Nullable LocalDate dueDate, @Nullable String reviewComment,
			ZonedDateTime assignedAt, @Nullable ZonedDateTime submittedAt, @Nullable ZonedDateTime reviewedAt,
			boolean dossierOpen) {

		public boolean submitted() {
			return status == ActivityStatus.SUBMITTED;
		}

		public boolean moreAsked() {
			return status == ActivityStatus.MORE_ASKED;
		}

		/**
		 * @return whether the answers can be downloaded as a PDF (sent or accepted)
		 */
		public boolean printable() {
			return status == ActivityStatus.SUBMITTED || status == ActivityStatus.ACCEPTED;
		}

	}

	/**
	 * @return the activities of the dossier, the latest given first
	 */
	List<Row> rows(Participant dossier) {
		LocalDate today = LocalDate.now(clock.withZone(dossier.zone()));
		return activities.findByDossierIdOrderByAssignedAtDesc(dossier.dossierId())
			.stream()
			.map(activity -> new Row(activity.getId(), activity.getTitle(), activity.getStatus(),
					activity.getStatus().messageKey(), activity.getDueDate(),
					activity.getStatus().isOpenToAnswers() && activity.isLate(today),
					at(activity.getSubmittedAt(), dossier.zone())))
			.toList();
	}

	Detail detail(Access access) {
		Activity activity = access.activity();
		ZoneId zone = access.dossier().zone();
		return new Detail(activity.getId(), activity.getDossierId(), activity.getTitle(), activity.getStatus(),
				activity.getStatus().messageKey(), activity.getInstructions(), activity.getDueDate(),
				activity.getReviewComment(), activity.getAssignedAt().atZone(zone), at(activity.getSubmittedAt(), zone),
				at(activity.getReviewedAt(), zone), access.dossier().open());
	}

	private static @Nullable ZonedDateTime at(java.time.@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone);
	}

}
