package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * With {@code spring.mail.host} set, mails go out by SMTP, and a mail server outage
 * delays them without losing them. This context has its own data directory, hence its own
 * database, so that the local-mailbox worker of the other test contexts never takes these
 * mails; its scheduled worker waits, and the tests drive the worker themselves.
 */
@AppIntegrationTest
@TestPropertySource(properties = { "boussole.data-dir=target/test-data-smtp", "spring.mail.host=127.0.0.1",
		"boussole.mail.poll-interval=1h", "boussole.mail.initial-delay=1h",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000" })
class SmtpMailIntegrationTests {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMailRepository mails;

	@Autowired
	MailWorker worker;

	@Autowired
	MailTransport transport;

	@Autowired
	Clock clock;

	GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@AfterEach
	void stopServer() {
		smtp.stop();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String uniqueAddress() {
		return "smtp-" + UUID.randomUUID() + "@example.org";
	}

	@Test // #2
	void sendsTheConfirmationBySmtpWithAccentsAndTheLink() throws Exception {
		smtp.start();
		String email = uniqueAddress();
		String link = "http://localhost:8080/inscription/confirmer?jeton=" + UUID.randomUUID();

		transactions.executeWithoutResult(status -> events.publishEvent(
				new AccountEvents.EmailConfirmationRequested(UUID.randomUUID(), email, "Élodie Lefèvre", "fr", link)));
		OutboxMail queued = await().atMost(Duration.ofSeconds(10)).until(() -> findOne(email), m -> m != null);
		worker.sendDue(clock.instant());

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage received = received(email);
		assertThat(received.getSubject()).isEqualTo("Confirmez votre adresse électronique");
		assertThat((String) received.getContent()).contains("Bonjour Élodie Lefèvre,", "création de votre compte",
				link);
		assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(received.getMessageID()).isEqualTo("<" + queued.getId() + "@boussole.localhost>");
		assertThat(mails.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(transport.describe()).isEqualTo(new MailTransport.Description(true, "127.0.0.1:" + PORT));
	}

	@Test // #2
	void keepsTheMailWhileTheServerIsDownAndSendsItWhenItIsBack() throws Exception {
		String email = uniqueAddress();
		UUID id = outbox.queue(OutgoingMail.text(email, "Rendez-vous confirmé", "À bientôt", "fr"));
		Instant now = clock.instant();

		worker.sendDue(now);

		OutboxMail waiting = mails.findById(id).orElseThrow();
		assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getNextAttemptAt()).isAfter(now);
		assertThat(waiting.getLastError()).isNotBlank();

		smtp.start();
		worker.sendDue(now.plus(Duration.ofMinutes(2)));

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(received(email).getSubject()).isEqualTo("Rendez-vous confirmé");
		OutboxMail sent = mails.findById(id).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
	}

	OutboxMail findOne(String recipient) {
		List<OutboxMail> found = mails.findByRecipientContainingIgnoreCase(recipient, Pageable.unpaged()).getContent();
		return found.isEmpty() ? null : found.get(0);
	}

	MimeMessage received(String recipient) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)) {
				return message;
			}
		}
		throw new AssertionError("No mail received for " + recipient);
	}

}
