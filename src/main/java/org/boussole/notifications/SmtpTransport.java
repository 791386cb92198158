package org.boussole.notifications;

import java.time.Clock;

import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.internet.MimeMessage;

/**
 * Production: mails go to the SMTP server set by Spring Boot's {@code spring.mail.*}
 * properties.
 */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	private final String from;

	private final String server;

	private final Clock clock;

	SmtpTransport(JavaMailSender sender, String from, String server, Clock clock) {
		this.sender = sender;
		this.from = from;
		this.server = server;
		this.clock = clock;
	}

	@Override
	public void send(OutboxMail mail) throws Exception {
		MimeMessage message = MailMessages.build(sender.createMimeMessage().getSession(), mail, from, clock.instant());
		sender.send(message);
	}

	@Override
	public Description describe() {
		return new Description(true, server);
	}

}
