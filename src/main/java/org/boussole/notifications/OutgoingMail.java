package org.boussole.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An e-mail to queue in the outbox, already rendered.
 *
 * @param recipient the address it goes to, must not be blank
 * @param subject the subject line, must not be blank (line breaks are turned into spaces)
 * @param textBody the plain-text body, must not be {@literal null}
 * @param htmlBody an optional HTML alternative
 * @param language the language it is written in ({@code fr} or {@code en})
 * @param attachments the attached files, in order; possibly empty
 */
public record OutgoingMail(String recipient, String subject, String textBody, @Nullable String htmlBody,
		String language, List<MailAttachment> attachments) {

	public OutgoingMail {
		Assert.hasText(recipient, "A mail needs a recipient");
		Assert.isTrue(recipient.length() <= 254 && !recipient.contains("\n") && !recipient.contains("\r"),
				"Not an e-mail address");
		Assert.hasText(subject, "A mail needs a subject");
		recipient = recipient.strip();
		subject = OutboxMail.truncate(subject.replaceAll("[\\r\\n]+", " ").strip(), OutboxMail.MAX_SUBJECT_LENGTH);
		language = MailLanguage.of(language).toLanguageTag();
		attachments = List.copyOf(attachments);
	}

	/** A mail without attachments. */
	public OutgoingMail(String recipient, String subject, String textBody, @Nullable String htmlBody, String language) {
		this(recipient, subject, textBody, htmlBody, language, List.of());
	}

	/**
	 * @param files the files to attach, must not be {@literal null}
	 * @return the same mail with these files attached
	 */
	public OutgoingMail withAttachments(List<MailAttachment> files) {
		return new OutgoingMail(recipient, subject, textBody, htmlBody, language, files);
	}

	/** A plain-text mail without HTML alternative. */
	public static OutgoingMail text(String recipient, String subject, String textBody, String language) {
		return new OutgoingMail(recipient, subject, textBody, null, language);
	}

}
