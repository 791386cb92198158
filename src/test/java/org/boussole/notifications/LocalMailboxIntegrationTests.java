package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountEvents;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Without a mail server, the mails of account events land in the local mailbox under the
 * data directory.
 */
@AppIntegrationTest
class LocalMailboxIntegrationTests {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OutboxMailRepository mails;

	@Autowired
	MailWorker worker;

	@Autowired
	MailTransport transport;

	@Autowired
	Clock clock;

	static String uniqueAddress() {
		return "courriel-" + UUID.randomUUID() + "@example.org";
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	OutboxMail awaitQueued(String recipient) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> findOne(recipient), mail -> mail != null);
	}

	OutboxMail findOne(String recipient) {
		List<OutboxMail> found = mails.findByRecipientContainingIgnoreCase(recipient, Pageable.unpaged()).getContent();
		return found.isEmpty() ? null : found.get(0);
	}

	MimeMessage awaitDelivered(OutboxMail queued) throws Exception {
		worker.sendDue(clock.instant());
		Path file = ((LocalMailbox) transport).fileOf(queued);
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file));
		assertThat(mails.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		try (InputStream in = Files.newInputStream(file)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

	@Test // #2
	void confirmationRequestEndsUpAsAnEmlFileInTheLocalMailbox() throws Exception {
		String email = uniqueAddress();
		String link = "http://localhost:8080/inscription/confirmer?jeton=" + UUID.randomUUID();

		publish(new AccountEvents.EmailConfirmationRequested(UUID.randomUUID(), email, "Léa Dupré", "fr", link));
		OutboxMail queued = awaitQueued(email);

		assertThat(queued.getSubject()).isEqualTo("Confirmez votre adresse électronique");
		assertThat(queued.getLanguage()).isEqualTo("fr");
		MimeMessage message = awaitDelivered(queued);
		assertThat(message.getSubject()).isEqualTo("Confirmez votre adresse électronique");
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(message.getFrom()[0].toString()).contains("ne-pas-repondre@boussole.localhost");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(message.getMessageID()).isEqualTo("<" + queued.getId() + "@boussole.localhost>");
		assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat((String) message.getContent()).contains("Bonjour Léa Dupré,", link, "création de votre compte");
	}

	@Test // #2
	void mailsAreWrittenInTheLanguageOfTheEvent() {
		String email = uniqueAddress();

		publish(new AccountEvents.PasswordResetRequested(UUID.randomUUID(), email, "Sam", "en",
				"http://localhost:8080/mot-de-passe/nouveau?jeton=abc"));
		OutboxMail queued = awaitQueued(email);

		assertThat(queued.getSubject()).isEqualTo("Choose a new password");
		assertThat(queued.getLanguage()).isEqualTo("en");
		assertThat(queued.getTextBody()).contains("Hello Sam,", "mot-de-passe/nouveau?jeton=abc")
			.doesNotContain("Bonjour");
	}

	@Test // #2
	void staffInvitationNamesTheRolesAndWhoInvited() {
		String email = uniqueAddress();

		publish(new AccountEvents.StaffInvited(UUID.randomUUID(), email, "Karim", "fr",
				"http://localhost:8080/invitation/xyz", EnumSet.of(Role.COUNSELLOR, Role.EDITOR), "Claire Martin"));
		OutboxMail queued = awaitQueued(email);

		assertThat(queued.getSubject()).isEqualTo("Invitation à rejoindre Boussole");
		assertThat(queued.getTextBody()).contains("Claire Martin vous invite à rejoindre l'espace",
				"Conseiller ou conseillère", "Rédacteur ou rédactrice", "http://localhost:8080/invitation/xyz");
	}

	@Test // #2
	void passwordChangeWarnsTheOwnerWithoutAnyPassword() {
		String email = uniqueAddress();

		publish(new AccountEvents.PasswordChanged(UUID.randomUUID(), email, "Léa", "fr"));
		OutboxMail queued = awaitQueued(email);

		assertThat(queued.getSubject()).isEqualTo("Votre mot de passe a été modifié");
		assertThat(queued.getTextBody()).contains("vient d'être modifié", "/mot-de-passe-oublie");
	}

	@Test // #2
	void nothingIsQueuedWhenThePublishingTransactionRollsBack() throws InterruptedException {
		String email = uniqueAddress();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new AccountEvents.PasswordChanged(UUID.randomUUID(), email, "Léa", "fr"));
			status.setRollbackOnly();
		});

		Thread.sleep(500);
		assertThat(findOne(email)).isNull();
	}

	@Test // #2
	void purgesSentAndGivenUpMailsAfterTheRetentionPeriod() {
		Instant now = clock.instant();
		OutboxMail oldSent = OutboxMail.queue(OutgoingMail.text(uniqueAddress(), "Ancien", "T", "fr"),
				now.minus(Duration.ofDays(91)));
		oldSent.markSent(now.minus(Duration.ofDays(91)));
		OutboxMail oldFailed = OutboxMail.queue(OutgoingMail.text(uniqueAddress(), "Abandonné", "T", "fr"),
				now.minus(Duration.ofDays(100)));
		oldFailed.markFailed("boom", now.minus(Duration.ofDays(100)), new RetryPolicy(1));
		OutboxMail recentSent = OutboxMail.queue(OutgoingMail.text(uniqueAddress(), "Récent", "T", "fr"),
				now.minus(Duration.ofDays(89)));
		recentSent.markSent(now.minus(Duration.ofDays(89)));
		mails.saveAll(List.of(oldSent, oldFailed, recentSent));

		assertThat(worker.purge(now)).isGreaterThanOrEqualTo(2);

		assertThat(mails.findById(oldSent.getId())).isEmpty();
		assertThat(mails.findById(oldFailed.getId())).isEmpty();
		assertThat(mails.findById(recentSent.getId())).isPresent();
	}

}
