package org.boussole.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One e-mail of the outbox. It is PENDING until it has been sent; each failed attempt
 * pushes the next one back (see {@link RetryPolicy}) until it is given up as FAILED. Sent
 * mails stay as the administrators' log until purged.
 */
@Entity
@Table(name = "outbox_mail", schema = "notifications")
class OutboxMail {

	static final int MAX_ERROR_LENGTH = 1000;

	static final int MAX_SUBJECT_LENGTH = 300;

	@Id
	private UUID id;

	private String recipient;

	private String subject;

	@Column(name = "text_body")
	private String textBody;

	@Column(name = "html_body")
	private @Nullable String htmlBody;

	private String language;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	@ElementCollection
	@CollectionTable(name = "outbox_mail_attachment", schema = "notifications",
			joinColumns = @JoinColumn(name = "mail_id"))
	@OrderColumn(name = "position")
	private List<OutboxAttachment> attachments = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected OutboxMail() {
		// for JPA
	}

	private OutboxMail(OutgoingMail mail, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = mail.recipient();
		this.subject = mail.subject();
		this.textBody = mail.textBody();
		this.htmlBody = mail.htmlBody();
		this.language = mail.language();
		this.status = MailStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
		mail.attachments().forEach(file -> this.attachments.add(new OutboxAttachment(file)));
	}

	/**
	 * @return a new mail, due at once
	 */
	static OutboxMail queue(OutgoingMail mail, Instant now) {
		return new OutboxMail(mail, now);
	}

	/** Records a successful attempt. */
	void markSent(Instant now) {
		Assert.state(status == MailStatus.PENDING, "Only a pending mail can be sent");
		attempts++;
		status = MailStatus.SENT;
		sentAt = now;
	}

	/**
	 * Records a failed attempt: the mail is tried again later, or given up as FAILED when
	 * the policy says so.
	 * @param error what went wrong, kept (shortened) for the administrators
	 */
	void markFailed(String error, Instant now, RetryPolicy policy) {
		Assert.state(status == MailStatus.PENDING, "Only a pending mail can fail");
		attempts++;
		lastError = truncate(error, MAX_ERROR_LENGTH);
		if (policy.givesUpAfter(attempts)) {
			status = MailStatus.FAILED;
		}
		else {
			nextAttemptAt = now.plus(policy.delayAfter(attempts));
		}
	}

	/** An administrator asks for one more attempt of a mail that was given up. */
	void retryNow(Instant now) {
		Assert.state(status == MailStatus.FAILED, "Only a failed mail can be retried");
		status = MailStatus.PENDING;
		nextAttemptAt = now;
	}

	static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	UUID getId() {
		return id;
	}

	String getRecipient() {
		return recipient;
	}

	String getSubject() {
		return subject;
	}

	String getTextBody() {
		return textBody;
	}

	@Nullable String getHtmlBody() {
		return htmlBody;
	}

	String getLanguage() {
		return language;
	}

	MailStatus getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

	Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable String getLastError() {
		return lastError;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getSentAt() {
		return sentAt;
	}

	/**
	 * @return the attached files, in order (read them inside a transaction)
	 */
	List<OutboxAttachment> getAttachments() {
		return List.copyOf(attachments);
	}

}
