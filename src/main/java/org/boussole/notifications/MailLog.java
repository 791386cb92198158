package org.boussole.notifications;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' view of the outbox: the recent mails, one mail, and another attempt
 * for a given-up one.
 */
@Service
@Transactional
class MailLog {

	static final int PAGE_SIZE = 25;

	/**
	 * The database counts rows with an int: pages beyond this one are shown as this one
	 * (empty anyway).
	 */
	static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	private final OutboxMailRepository mails;

	private final MailTransport transport;

	private final Clock clock;

	MailLog(OutboxMailRepository mails, MailTransport transport, Clock clock) {
		this.mails = mails;
		this.transport = transport;
		this.clock = clock;
	}

	/**
	 * @param recipient part of the address to look for; blank for all mails
	 * @param page from 0
	 */
	@Transactional(readOnly = true)
	Page<OutboxMail> recent(String recipient, int page) {
		PageRequest request = PageRequest.of(Math.min(Math.max(page, 0), LAST_PAGE), PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
		return recipient.isBlank() ? mails.findAll(request)
				: mails.findByRecipientContainingIgnoreCase(recipient.strip(), request);
	}

	@Transactional(readOnly = true)
	Optional<OutboxMail> find(UUID id) {
		return mails.findById(id);
	}

	/**
	 * @return whether the mail was given up and is now due again; {@literal false} for
	 * any other mail
	 */
	boolean retryNow(UUID id) {
		Optional<OutboxMail> mail = mails.findById(id).filter(m -> m.getStatus() == MailStatus.FAILED);
		mail.ifPresent(m -> m.retryNow(clock.instant()));
		return mail.isPresent();
	}

	MailTransport.Description transport() {
		return transport.describe();
	}

}
