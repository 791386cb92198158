package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The states of a mail in the outbox and the back-off between its attempts. */
class OutboxMailTests {

	static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

	static final RetryPolicy POLICY = new RetryPolicy(8);

	static OutboxMail pending() {
		return OutboxMail.queue(OutgoingMail.text("lea@example.org", "Objet", "Texte", "fr"), NOW);
	}

	@Test // #2
	void newMailIsPendingAndDueAtOnce() {
		OutboxMail mail = pending();

		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isZero();
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
		assertThat(mail.getCreatedAt()).isEqualTo(NOW);
		assertThat(mail.getSentAt()).isNull();
	}

	@Test // #2
	void sendingRecordsTheAttemptAndTheTime() {
		OutboxMail mail = pending();

		mail.markSent(NOW.plusSeconds(3));

		assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(mail.getAttempts()).isEqualTo(1);
		assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(3));
	}

	@Test // #2
	void aSentMailCannotBeSentOrFailedAgain() {
		OutboxMail mail = pending();
		mail.markSent(NOW);

		assertThatIllegalStateException().isThrownBy(() -> mail.markSent(NOW));
		assertThatIllegalStateException().isThrownBy(() -> mail.markFailed("boom", NOW, POLICY));
		assertThatIllegalStateException().isThrownBy(() -> mail.retryNow(NOW));
	}

	@Test // #2
	void failuresPushTheNextAttemptBackMoreAndMore() {
		OutboxMail mail = pending();
		List<Duration> waits = new ArrayList<>();

		Instant now = NOW;
		for (int attempt = 1; attempt <= 7; attempt++) {
			mail.markFailed("Connection refused", now, POLICY);
			waits.add(Duration.between(now, mail.getNextAttemptAt()));
			now = mail.getNextAttemptAt();
		}

		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
				Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isEqualTo(7);
		assertThat(mail.getLastError()).isEqualTo("Connection refused");
	}

	@Test // #2
	void isGivenUpAfterTheLastAllowedAttempt() {
		OutboxMail mail = pending();

		for (int attempt = 1; attempt <= 8; attempt++) {
			mail.markFailed("550 mailbox unavailable", NOW, POLICY);
		}

		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(mail.getAttempts()).isEqualTo(8);
		assertThatIllegalStateException().isThrownBy(() -> mail.markFailed("again", NOW, POLICY));
	}

	@Test // #2
	void theNumberOfAttemptsIsConfigurable() {
		OutboxMail mail = pending();

		mail.markFailed("boom", NOW, new RetryPolicy(2));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		mail.markFailed("boom", NOW, new RetryPolicy(2));

		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0));
	}

	@Test // #2
	void keepsOnlyTheBeginningOfALongError() {
		OutboxMail mail = pending();

		mail.markFailed("x".repeat(5000), NOW, POLICY);

		assertThat(mail.getLastError()).hasSize(OutboxMail.MAX_ERROR_LENGTH).endsWith("…");
	}

	@Test // #2
	void aGivenUpMailCanBeTriedOnceMore() {
		OutboxMail mail = pending();
		mail.markFailed("boom", NOW, new RetryPolicy(1));

		mail.retryNow(NOW.plusSeconds(60));

		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		mail.markFailed("boom again", NOW.plusSeconds(61), new RetryPolicy(2));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(mail.getAttempts()).isEqualTo(2);
	}

	@Test // #2
	void aPendingMailCannotBeRetriedByHand() {
		assertThatIllegalStateException().isThrownBy(() -> pending().retryNow(NOW));
	}

	@Test // #2
	void outgoingMailKeepsHeadersOnOneLineAndDefaultsToFrench() {
		OutgoingMail mail = OutgoingMail.text(" lea@example.org ", "Objet\r\nBcc: victime@example.org", "Texte", "de");

		assertThat(mail.recipient()).isEqualTo("lea@example.org");
		assertThat(mail.subject()).isEqualTo("Objet Bcc: victime@example.org");
		assertThat(mail.language()).isEqualTo("fr");
		assertThat(OutgoingMail.text("a@example.org", "S", "T", "en-GB").language()).isEqualTo("en");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.text("a@example.org\nBcc: b@example.org", "S", "T", "fr"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text(" ", "S", "T", "fr"));
	}

}
