package org.boussole.notifications;

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
 */
public record OutgoingMail(String recipient, String subject, String textBody, @Nullable String htmlBody,
		String language) {

	public OutgoingMail {
		Assert.hasText(recipient, "A mail needs a recipient");
		Assert.isTrue(recipient.length() <= 254 && !recipient.contains("\n") && !recipient.contains("\r"),
				"Not an e-mail address");
		Assert.hasText(subject, "A mail needs a subject");
		recipient = recipient.strip();
		subject = OutboxMail.truncate(subject.replaceAll("[\\r\\n]+", " ").strip(), OutboxMail.MAX_SUBJECT_LENGTH);
		language = MailLanguage.of(language).toLanguageTag();
	}

	/** A plain-text mail without HTML alternative. */
	public static OutgoingMail text(String recipient, String subject, String textBody, String language) {
		return new OutgoingMail(recipient, subject, textBody, null, language);
	}

}
