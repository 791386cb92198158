package org.boussole.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * For the tests of other modules: sends the mails of the outbox addressed to one person
 * to a GreenMail server, by SMTP, through the same transport Boussole uses in production,
 * so that the tests read them as a mail client would.
 */
public final class GreenMailDelivery {

	private GreenMailDelivery() {
	}

	/**
	 * @param recipient the address of the mails to send (all of them, oldest first)
	 * @return how many mails were sent
	 */
	public static int deliver(ApplicationContext context, GreenMail server, String recipient) {
		OutboxMailRepository mails = context.getBean(OutboxMailRepository.class);
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.getSmtp().getBindTo());
		sender.setPort(server.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		SmtpTransport transport = new SmtpTransport(sender, context.getBean(MailSettings.class).from(),
				server.getSmtp().getBindTo(), context.getBean(Clock.class));
		Integer sent = context.getBean(TransactionTemplate.class).execute(status -> {
			List<OutboxMail> found = new ArrayList<>(
					mails.findByRecipientContainingIgnoreCase(recipient, Pageable.unpaged()).getContent());
			found.sort(java.util.Comparator.comparing(OutboxMail::getCreatedAt));
			for (OutboxMail mail : found) {
				try {
					transport.send(mail);
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot send " + mail.getSubject(), ex);
				}
			}
			return found.size();
		});
		return sent == null ? 0 : sent;
	}

}
