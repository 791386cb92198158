package org.boussole.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the notifications module: puts an e-mail in the persistent outbox,
 * from which a background job sends it, with retries, so that a mail-server outage loses
 * nothing. Queue mails from a transactional listener (an
 * {@code @ApplicationModuleListener}): the mail is stored in that transaction, or not at
 * all.
 */
@Service
@Transactional
public class MailOutbox {

	private final OutboxMailRepository mails;

	private final MailComposer composer;

	private final Clock clock;

	MailOutbox(OutboxMailRepository mails, MailComposer composer, Clock clock) {
		this.mails = mails;
		this.composer = composer;
		this.clock = clock;
	}

	/**
	 * Queues a mail that is already written.
	 * @param mail must not be {@literal null}
	 * @return the id of the mail in the outbox, never {@literal null}
	 */
	public UUID queue(OutgoingMail mail) {
		return mails.save(OutboxMail.queue(mail, clock.instant())).getId();
	}

	/**
	 * Renders a mail from a Thymeleaf TEXT template and queues it. The template and the
	 * subject use the message bundles in the given language.
	 * @param recipient the address, must not be blank
	 * @param language {@code fr} (also the default for anything unknown) or {@code en}
	 * @param template the name of a template under {@code templates/mail/}, without
	 * {@code .txt}, e.g. {@code "password-reset"}
	 * @param subjectKey the message key of the subject; it receives
	 * {@code subjectArguments}
	 * @param variables the variables of the template; never put a password in a mail
	 * @return the id of the mail in the outbox, never {@literal null}
	 */
	public UUID queue(String recipient, String language, String template, String subjectKey, Map<String, ?> variables,
			Object... subjectArguments) {
		return queue(composer.compose(recipient, language, template, subjectKey, subjectArguments, variables));
	}

	/**
	 * Renders a mail as {@link #queue(String, String, String, String, Map, Object...)}
	 * does and queues it with files attached.
	 * @param attachments the files to attach, in order, must not be {@literal null}
	 * @return the id of the mail in the outbox, never {@literal null}
	 */
	public UUID queueWithAttachments(String recipient, String language, String template, String subjectKey,
			Map<String, ?> variables, List<MailAttachment> attachments, Object... subjectArguments) {
		return queue(composer.compose(recipient, language, template, subjectKey, subjectArguments, variables)
			.withAttachments(attachments));
	}

}
