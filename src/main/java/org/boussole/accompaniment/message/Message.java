package org.boussole.accompaniment.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message of a dossier's conversation, written by the beneficiary or by a counsellor,
 * stored as plain text (escaped on output). It remembers when the other party first read
 * it, and the form it came from, so that a form sent twice stores one message.
 */
@Entity
@Table(name = "message", schema = "accompaniment")
class Message {

	static final int MAX_TEXT = 5000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID authorId;

	private boolean fromBeneficiary;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant sentAt;

	private @Nullable Instant readAt;

	@Column(nullable = false)
	private UUID formToken;

	private boolean recipientNotified;

	/**
	 * whether the text was erased (its person closed their account); the text is then
	 * empty
	 */
	private boolean erased;

	protected Message() {
	}

	private Message(UUID dossierId, UUID authorId, boolean fromBeneficiary, String body, UUID formToken,
			boolean recipientNotified, Instant now) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.authorId = authorId;
		this.fromBeneficiary = fromBeneficiary;
		this.body = body;
		this.formToken = formToken;
		this.recipientNotified = recipientNotified;
		this.sentAt = now;
	}

	/**
	 * @param text the text as typed; it is trimmed
	 * @throws IllegalArgumentException when the trimmed text is empty or longer than
	 * {@value #MAX_TEXT} characters
	 */
	static Message write(UUID dossierId, UUID authorId, boolean fromBeneficiary, @Nullable String text, UUID formToken,
			boolean recipientNotified, Instant now) {
		return new Message(dossierId, authorId, fromBeneficiary, requireText(text), formToken, recipientNotified, now);
	}

	/**
	 * @return the text trimmed, if it has between 1 and {@value #MAX_TEXT} characters
	 * @throws IllegalArgumentException otherwise
	 */
	static String requireText(@Nullable String text) {
		String problem = textProblem(text);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return text.strip();
	}

	/**
	 * @return the message key of what is wrong with the text, or {@literal null} when it
	 * will do
	 */
	static @Nullable String textProblem(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "accompaniment.message.error.text.required";
		}
		if (text.strip().codePointCount(0, text.strip().length()) > MAX_TEXT) {
			return "accompaniment.message.error.text.tooLong";
		}
		return null;
	}

	/**
	 * Notes the first reading by the other party; later readings change nothing.
	 */
	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	UUID getId() {
		return id;
	}

	UUID getDossierId() {
		return dossierId;
	}

	UUID getAuthorId() {
		return authorId;
	}

	boolean isFromBeneficiary() {
		return fromBeneficiary;
	}

	String getBody() {
		return body;
	}

	Instant getSentAt() {
		return sentAt;
	}

	@Nullable Instant getReadAt() {
		return readAt;
	}

	UUID getFormToken() {
		return formToken;
	}

	boolean isErased() {
		return erased;
	}

	boolean isRecipientNotified() {
		return recipientNotified;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Message message && Objects.equals(id, message.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
