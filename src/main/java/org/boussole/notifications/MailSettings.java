package org.boussole.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Boussole sends e-mail. The SMTP server itself is configured by Spring Boot's
 * {@code spring.mail.*} properties; without {@code spring.mail.host}, mails are kept in
 * the local mailbox under the data directory.
 *
 * @param from the sender address, as {@code Name <address>}
 * @param pollInterval how often the outbox is looked at for due mails
 * @param batchSize how many mails one node claims at a time
 * @param maxAttempts how many attempts before a mail is given up as FAILED
 * @param retention how long sent and given-up mails are kept as the administrators' log
 */
@ConfigurationProperties("boussole.mail")
record MailSettings(@DefaultValue("Boussole <ne-pas-repondre@boussole.localhost>") String from,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("10") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("90d") Duration retention) {

	RetryPolicy retryPolicy() {
		return new RetryPolicy(maxAttempts);
	}

}
