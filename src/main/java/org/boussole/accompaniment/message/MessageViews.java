package org.boussole.accompaniment.message;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation.Side;
import org.boussole.accompaniment.DossierParticipation.StaffAccess;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the message pages show: the conversation of a dossier, oldest first, with its
 * files. Opening it marks the other party's messages as read (an admin of the structure
 * who is not the referent only reads, and marks nothing). Staff reading and downloading
 * are written to the access log.
 */
@Service
@Transactional
class MessageViews {

	private final MessageRepository messages;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final DossierParticipation participation;

	private final AccountManagement accounts;

	private final Clock clock;

	private final AccountNames names;

	MessageViews(AccountNames names, MessageRepository messages, AttachmentRepository attachments,
			AttachmentStore store, DossierParticipation participation, AccountManagement accounts, Clock clock) {
		this.names = names;
		this.messages = messages;
		this.attachments = attachments;
		this.store = store;
		this.participation = participation;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * @return the conversation of the beneficiary's current dossier, if they have one
	 */
	Optional<ThreadView> beneficiaryThread(CurrentUser user) {
		return participation.currentOf(user.id()).map(this::open);
	}

	/**
	 * @return the conversation of a dossier the staff member may see; otherwise 404
	 */
	ThreadView staffThread(CurrentUser user, UUID dossierId) {
		return staffThread(user, participation.asStaff(user, dossierId));
	}

	/**
	 * @return the conversation of a dossier whose access was already checked in this
	 * request
	 */
	ThreadView staffThread(CurrentUser user, Participant participant) {
		participation.logStaffAccess(user, participant.dossierId(), StaffAccess.READ_MESSAGES);
		return open(participant);
	}

	/**
	 * @return a file of one of the beneficiary's own dossiers; otherwise 404
	 */
	Download beneficiaryDownload(CurrentUser user, UUID attachmentId) {
		Attachment attachment = attachments.findById(attachmentId).orElseThrow(MessageViews::notFound);
		participation.asBeneficiary(user, attachment.getDossierId());
		return download(attachment);
	}

	/**
	 * @return a file of that dossier, if the staff member may see the dossier; otherwise
	 * 404. The download is written to the access log.
	 */
	Download staffDownload(CurrentUser user, UUID dossierId, UUID attachmentId) {
		participation.asStaff(user, dossierId);
		Attachment attachment = attachments.findByIdAndDossierId(attachmentId, dossierId)
			.orElseThrow(MessageViews::notFound);
		participation.logStaffAccess(user, dossierId, StaffAccess.DOWNLOAD);
		return download(attachment);
	}

	private ThreadView open(Participant participant) {
		UUID dossierId = participant.dossierId();
		List<Message> thread = messages.findByDossierIdOrderBySentAtAscIdAsc(dossierId);
		Map<UUID, List<AttachmentView>> files = attachments.findByDossierId(dossierId)
			.stream()
			.collect(Collectors.groupingBy(Attachment::getMessageId, Collectors.mapping(
					a -> new AttachmentView(a.getId(), a.getOriginalName(), a.getSizeBytes()), Collectors.toList())));
		Set<UUID> authors = new HashSet<>();
		thread.forEach(message -> authors.add(message.getAuthorId()));
		Map<UUID, String> names = authors.isEmpty() ? Map.of()
				: accounts.findAll(authors)
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
		boolean beneficiary = participant.side() == Side.BENEFICIARY;
		ZoneId zone = participant.zone();
		List<MessageView> views = thread.stream()
			.map(message -> new MessageView(message.getId(), names.getOrDefault(message.getAuthorId(), ""),
					message.isFromBeneficiary() == beneficiary, message.isFromBeneficiary(), message.getBody(),
					message.isErased(), at(message.getSentAt(), zone), at(message.getReadAt(), zone),
					files.getOrDefault(message.getId(), List.of())))
			.toList();
		if (participant.side() != Side.OBSERVER) {
			// the beneficiary reads the counsellors' messages, the referent the
			// beneficiary's
			messages.markRead(dossierId, !beneficiary, clock.instant());
		}
		return new ThreadView(participant, views);
	}

	private Download download(Attachment attachment) {
		return new Download(attachment.getOriginalName(), attachment.getContentType(), attachment.getSizeBytes(),
				store.path(attachment.getStoredName()));
	}

	private static @Nullable ZonedDateTime at(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	record AttachmentView(UUID id, String name, long size) {

		/** The size in kilobytes, at least 1. */
		public long kilobytes() {
			return Math.max(1, (size + 1023) / 1024);
		}

	}

	/**
	 * @param mine whether the person looking wrote it (their side of the conversation)
	 * @param erased whether the text was erased (its person closed their account): the
	 * page says so in the reader's language
	 * @param readAt when the other party first read it, or {@literal null}
	 */
	record MessageView(UUID id, String authorName, boolean mine, boolean fromBeneficiary, String text, boolean erased,
			ZonedDateTime sentAt, @Nullable ZonedDateTime readAt, List<AttachmentView> attachments) {

		/**
		 * Whether it is new for the person looking: the other party's and not read yet.
		 */
		public boolean unread() {
			return !mine && readAt == null;
		}

	}

	record ThreadView(Participant dossier, List<MessageView> messages) {

		public long unreadCount() {
			return messages.stream().filter(MessageView::unread).count();
		}

	}

	record Download(String name, String contentType, long size, Path path) {

		org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> response() {
			return org.boussole.shared.Downloads.of(name, contentType, size, path);
		}

	}

}
