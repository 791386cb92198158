package org.boussole.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Turns a mail of the outbox into a MIME message, the same for SMTP and for the local
 * mailbox.
 */
final class MailMessages {

	private MailMessages() {
	}

	/**
	 * @param from the sender, as {@code Name <address>}
	 * @return a UTF-8 message marked as automatic, whose Message-ID stays the same across
	 * retries
	 */
	static MimeMessage build(Session session, OutboxMail mail, String from, Instant now) throws MessagingException {
		InternetAddress sender = new InternetAddress(from, true);
		MimeMessage message = new OutboxMimeMessage(session, messageId(mail, sender));
		boolean html = mail.getHtmlBody() != null;
		boolean multipart = html || !mail.getAttachments().isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
		helper.setFrom(sender);
		helper.setTo(new InternetAddress(mail.getRecipient(), true));
		helper.setSubject(mail.getSubject());
		if (html) {
			helper.setText(mail.getTextBody(), mail.getHtmlBody());
		}
		else {
			helper.setText(mail.getTextBody());
		}
		for (OutboxAttachment file : mail.getAttachments()) {
			helper.addAttachment(file.getFileName(), new ByteArrayResource(file.getContent()), file.getContentType());
		}
		helper.setSentDate(Date.from(now));
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", mail.getLanguage());
		message.saveChanges();
		return message;
	}

	static String messageId(OutboxMail mail, InternetAddress sender) {
		String address = sender.getAddress();
		String domain = address.substring(address.indexOf('@') + 1);
		return "<" + mail.getId() + "@" + domain + ">";
	}

	/**
	 * Keeps the outbox's Message-ID, where Jakarta Mail would make a new one on every
	 * save.
	 */
	private static final class OutboxMimeMessage extends MimeMessage {

		private final String messageId;

		OutboxMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
