package org.boussole.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends the due mails of the outbox in the background. Each node claims a small batch
 * with {@code for update skip locked}, so several nodes never send the same mail; a
 * failure leaves the mail in the outbox for a later attempt.
 */
@Component
class MailWorker {

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	/**
	 * Batches per run, so that one run ends even when the outbox is long; the next run
	 * goes on.
	 */
	static final int MAX_BATCHES_PER_RUN = 10;

	private final OutboxMailRepository mails;

	private final MailTransport transport;

	private final MailSettings settings;

	private final TransactionOperations transactions;

	private final Clock clock;

	MailWorker(OutboxMailRepository mails, MailTransport transport, MailSettings settings,
			TransactionOperations transactions, Clock clock) {
		this.mails = mails;
		this.transport = transport;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${boussole.mail.poll-interval:5s}",
			initialDelayString = "${boussole.mail.initial-delay:5s}")
	void sendDueMails() {
		sendDue(clock.instant());
	}

	@Scheduled(cron = "${boussole.mail.purge-cron:0 17 3 * * *}", zone = "Europe/Paris")
	void purgeOldMails() {
		purge(clock.instant());
	}

	/**
	 * Tries every mail due at {@code now}.
	 * @return how many mails were tried
	 */
	int sendDue(Instant now) {
		int tried = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			Integer count = transactions.execute(status -> sendBatch(now));
			int sent = (count == null) ? 0 : count;
			tried += sent;
			if (sent < settings.batchSize()) {
				break;
			}
		}
		return tried;
	}

	private int sendBatch(Instant now) {
		List<OutboxMail> due = mails.claimDue(now, settings.batchSize());
		for (OutboxMail mail : due) {
			try {
				transport.send(mail);
				mail.markSent(now);
			}
			catch (Exception ex) {
				mail.markFailed(describe(ex), now, settings.retryPolicy());
				log.warn("Mail {} to {} not sent (attempt {}): {}", mail.getId(), mail.getRecipient(),
						mail.getAttempts(), describe(ex));
			}
		}
		return due.size();
	}

	/**
	 * Deletes the sent and given-up mails older than the retention period.
	 * @return how many were deleted
	 */
	int purge(Instant now) {
		Integer deleted = transactions.execute(status -> mails.purgeBefore(now.minus(settings.retention())));
		return (deleted == null) ? 0 : deleted;
	}

	static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (text.length() > 0) {
				text.append(" ← ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
		}
		return text.toString();
	}

}
