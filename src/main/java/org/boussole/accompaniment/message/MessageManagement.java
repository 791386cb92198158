package org.boussole.accompaniment.message;

import org.boussole.shared.CheckedFile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation.Side;
import org.boussole.accompaniment.DossierParticipation.StaffAccess;
import org.boussole.accompaniment.MessagePosted;
import org.boussole.accounts.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing messages in a dossier, with their files. Only the beneficiary and the referent
 * write, and only while the dossier is open; the same form sent twice (same form token,
 * or the same text by the same person within {@code DUPLICATE_WINDOW}) stores one
 * message. The recipient is told by mail unless they were already told less than
 * {@code QUIET_PERIOD} ago about a message they have not read yet.
 */
@Service
@Transactional
class MessageManagement {

	static final int MAX_FILES = 3;

	static final Duration QUIET_PERIOD = Duration.ofMinutes(15);

	static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(10);

	private final MessageRepository messages;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final DossierParticipation participation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageManagement(MessageRepository messages, AttachmentRepository attachments, AttachmentStore store,
			DossierParticipation participation, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.attachments = attachments;
		this.store = store;
		this.participation = participation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param staff whether the person writes as staff (from the dossier page) or as the
	 * beneficiary (from their space)
	 * @return the new message's id, or empty when that form was already stored
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the person
	 * may not see the dossier
	 * @throws IllegalStateException when they may not write in it (not open, no referent
	 * yet, or only an observer)
	 * @throws IllegalArgumentException when the text is empty or too long, or with more
	 * than {@value #MAX_FILES} files
	 */
	Optional<UUID> post(CurrentUser user, UUID dossierId, boolean staff, String text, UUID formToken,
			List<CheckedFile> files) {
		return post(user, staff ? participation.asStaff(user, dossierId) : participation.asBeneficiary(user, dossierId),
				text, formToken, files);
	}

	/**
	 * The same, for a dossier whose access was already checked in this request (by
	 * {@link DossierParticipation#asStaff} or
	 * {@link DossierParticipation#asBeneficiary}).
	 */
	Optional<UUID> post(CurrentUser user, Participant participant, String text, UUID formToken,
			List<CheckedFile> files) {
		UUID dossierId = participant.dossierId();
		boolean staff = participant.side() != Side.BENEFICIARY;
		if (!participant.mayWrite()) {
			throw new IllegalStateException("No message may be written in dossier " + dossierId + " now");
		}
		if (files.size() > MAX_FILES) {
			throw new IllegalArgumentException("Too many files");
		}
		String body = Message.requireText(text);
		Instant now = clock.instant();
		if (messages.existsByFormToken(formToken) || messages.existsByDossierIdAndAuthorIdAndBodyAndSentAtAfter(
				dossierId, user.id(), body, now.minus(DUPLICATE_WINDOW))) {
			return Optional.empty();
		}
		boolean fromBeneficiary = participant.side() == Side.BENEFICIARY;
		boolean notify = !messages.recentlyNotifiedUnread(dossierId, fromBeneficiary, now.minus(QUIET_PERIOD));
		Message message = messages
			.saveAndFlush(Message.write(dossierId, user.id(), fromBeneficiary, body, formToken, notify, now));
		for (CheckedFile file : files) {
			attachments.save(new Attachment(message.getId(), dossierId, file, store.store(file)));
		}
		participation.recordMessage(dossierId, user.id());
		if (staff) {
			participation.logStaffAccess(user, dossierId, StaffAccess.SEND_MESSAGE);
		}
		UUID recipient = participant.recipient();
		if (recipient != null) {
			events.publishEvent(new MessagePosted(dossierId, message.getId(), recipient, fromBeneficiary, notify));
		}
		return Optional.of(message.getId());
	}

}
