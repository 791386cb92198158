package org.boussole.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.DossierActivities;
import org.boussole.accompaniment.DossierActivities.Step;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accounts.CurrentUser;
import org.boussole.activity.AnswerReader.AnswerError;
import org.boussole.activity.AnswerReader.Reading;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on activities: the referent (or an admin of the dossier's structure) gives one
 * to an open dossier; its beneficiary saves answers as they go and sends them; the
 * referent accepts them or asks for more. Each handler checks that the person belongs to
 * THAT dossier (anyone else gets a 404), and refused input changes nothing.
 */
@Service
@Transactional
class ActivityManagement {

	private final ActivityRepository activities;

	private final TemplateLibrary library;

	private final TemplateVersionRepository versions;

	private final AnswerReader answers;

	private final DossierParticipation participation;

	private final DossierActivities timeline;

	private final ActivityFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActivityManagement(ActivityRepository activities, TemplateLibrary library, TemplateVersionRepository versions,
			AnswerReader answers, DossierParticipation participation, DossierActivities timeline, ActivityFiles files,
			ApplicationEventPublisher events, Clock clock) {
		this.files = files;
		this.activities = activities;
		this.library = library;
		this.versions = versions;
		this.answers = answers;
		this.participation = participation;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** An activity and the dossier it belongs to, as the person who asked sees it. */
	record Access(Activity activity, Participant dossier) {
	}

	/** What became of sent answers: stored, or refused with the problems by question. */
	record Outcome(Answers answers, Map<String, AnswerError> errors, @Nullable String refusalKey) {

		boolean stored() {
			return errors.isEmpty() && refusalKey == null;
		}

	}

	/**
	 * Gives the current version of a template to an open dossier.
	 * @throws IllegalStateException when the dossier is not open or the template archived
	 */
	UUID assign(CurrentUser user, UUID dossierId, UUID templateId, @Nullable String instructions,
			@Nullable LocalDate dueDate, @Nullable UUID appointmentId) {
		Participant dossier = participation.asStaff(user, dossierId);
		if (!dossier.open()) {
			throw new IllegalStateException("The dossier is not open");
		}
		ActivityTemplate template = library.viewable(user, templateId);
		if (template.isArchived()) {
			throw new IllegalStateException("Archived template");
		}
		TemplateVersion version = library.currentVersion(template);
		Activity activity = activities.save(
				new Activity(dossierId, dossier.beneficiaryId(), version, library.definition(version).updatedOverTime(),
						template.getTitle(), instructions, dueDate, appointmentId, user.id(), clock.instant()));
		timeline.record(dossierId, user.id(), Step.ASSIGNED);
		events.publishEvent(new ActivityEvents.ActivityAssigned(activity.getId(), dossierId, dossier.beneficiaryId()));
		return activity.getId();
	}

	/**
	 * @return the activity if it belongs to the beneficiary logged in; otherwise 404
	 */
	@Transactional(readOnly = true)
	Access forBeneficiary(CurrentUser user, UUID activityId) {
		Activity activity = activities.findById(activityId)
			.filter(found -> found.getBeneficiaryId().equals(user.id()))
			.orElseThrow(TemplateLibrary::notFound);
		return new Access(activity, participation.asBeneficiary(user, activity.getDossierId()));
	}

	/**
	 * @return the activity if the staff member is the referent of its dossier or an admin
	 * of its structure; otherwise 404
	 */
	@Transactional(readOnly = true)
	Access forStaff(CurrentUser user, UUID activityId) {
		Activity activity = activities.findById(activityId).orElseThrow(TemplateLibrary::notFound);
		return new Access(activity, participation.asStaff(user, activity.getDossierId()));
	}

	@Transactional(readOnly = true)
	TemplateDefinition definitionOf(Activity activity) {
		return library.definition(versions.findById(activity.getTemplateVersionId()).orElseThrow());
	}

	/**
	 * Keeps the answers as a draft, if each matches its question; otherwise nothing is
	 * stored.
	 */
	Outcome save(CurrentUser user, UUID activityId, Map<String, String[]> form) {
		return save(user, activityId, form, ActivityFiles.Uploads.NONE);
	}

	/**
	 * Keeps the answers as a draft with the files sent (or without the file removed), if
	 * each answer matches its question and each file is a document that the question
	 * takes; otherwise nothing is stored, neither answers nor files.
	 */
	Outcome save(CurrentUser user, UUID activityId, Map<String, String[]> form, ActivityFiles.Uploads uploads) {
		Access access = forBeneficiary(user, activityId);
		Activity activity = access.activity();
		TemplateDefinition definition = definitionOf(activity);
		Reading reading = answers.read(definition, form, false);
		String refusal = refusalToAnswer(access, false, uploads.hasFiles());
		ActivityFiles.Changes changes = files.check(activity, definition, uploads, false);
		Outcome refused = refused(reading, refusal, changes);
		if (refused != null) {
			return refused;
		}
		activity.saveDraft(reading.answers(), clock.instant());
		files.apply(activity, changes);
		return new Outcome(reading.answers(), Map.of(), null);
	}

	/**
	 * Sends the answers to the referent: every required question answered, each answer
	 * matching its question, the dossier open and the due date not past; otherwise
	 * nothing is stored.
	 */
	Outcome submit(CurrentUser user, UUID activityId, Map<String, String[]> form) {
		return submit(user, activityId, form, ActivityFiles.Uploads.NONE);
	}

	/**
	 * Sends the answers and the files to the referent, as
	 * {@link #submit(CurrentUser, UUID, Map)} does, with the files of the form checked
	 * first.
	 */
	Outcome submit(CurrentUser user, UUID activityId, Map<String, String[]> form, ActivityFiles.Uploads uploads) {
		Access access = forBeneficiary(user, activityId);
		Activity activity = access.activity();
		TemplateDefinition definition = definitionOf(activity);
		Reading reading = answers.read(definition, form, true);
		String refusal = refusalToAnswer(access, true, uploads.hasFiles());
		ActivityFiles.Changes changes = files.check(activity, definition, uploads, true);
		Outcome refused = refused(reading, refusal, changes);
		if (refused != null) {
			return refused;
		}
		files.apply(activity, changes);
		activity.submit(reading.answers(), clock.instant());
		timeline.record(activity.getDossierId(), user.id(), Step.SUBMITTED);
		UUID referent = access.dossier().referentId();
		if (referent != null) {
			events.publishEvent(
					new ActivityEvents.ActivitySubmitted(activity.getId(), activity.getDossierId(), referent));
		}
		return new Outcome(reading.answers(), Map.of(), null);
	}

	/**
	 * The referent (or an admin of the structure) accepts sent answers, or asks for more
	 * with a comment.
	 */
	void review(CurrentUser user, UUID activityId, boolean accepted, @Nullable String comment) {
		Access access = forStaff(user, activityId);
		Activity activity = access.activity();
		activity.review(accepted, comment, user.id(), clock.instant());
		timeline.record(activity.getDossierId(), user.id(), accepted ? Step.REVIEWED : Step.RETURNED);
		if (!accepted) {
			events.publishEvent(new ActivityEvents.ActivityReturned(activity.getId(), activity.getDossierId(),
					activity.getBeneficiaryId()));
		}
	}

	/** The referent moves (or removes) the due date, e.g. to let a late person send. */
	void changeDueDate(CurrentUser user, UUID activityId, @Nullable LocalDate dueDate) {
		forStaff(user, activityId).activity().changeDueDate(dueDate);
	}

	/**
	 * @return today where the dossier is followed
	 */
	LocalDate today(Participant dossier) {
		return LocalDate.now(clock.withZone(dossier.zone()));
	}

	private static @Nullable Outcome refused(Reading reading, @Nullable String refusal, ActivityFiles.Changes changes) {
		if (reading.valid() && refusal == null && changes.valid()) {
			return null;
		}
		Map<String, AnswerError> errors = new java.util.LinkedHashMap<>(reading.errors());
		errors.putAll(changes.errors());
		return new Outcome(reading.answers(), errors, refusal != null ? refusal : changes.refusalKey());
	}

	private @Nullable String refusalToAnswer(Access access, boolean submitting, boolean withFiles) {
		if (!access.dossier().open()) {
			return "activity.work.error.closed";
		}
		if (!access.activity().getStatus().isOpenToAnswers()) {
			return "activity.work.error.notOpen";
		}
		boolean late = access.activity().isLate(today(access.dossier()));
		if (submitting && late) {
			return "activity.work.error.late";
		}
		if (withFiles && late) {
			return "activity.file.error.late";
		}
		return null;
	}

}
