package org.boussole.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

	/**
	 * Locks up to {@code batch} due mails, skipping those another node is sending, so
	 * that each mail is sent by one node only. Must run in a transaction, which holds the
	 * locks until it ends.
	 */
	@Query(value = """
			select * from notifications.outbox_mail
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at
			limit :batch
			for update skip locked""", nativeQuery = true)
	List<OutboxMail> claimDue(Instant now, int batch);

	Page<OutboxMail> findByRecipientContainingIgnoreCase(String recipient, Pageable pageable);

	/**
	 * Deletes the sent and given-up mails created before {@code cutoff}; pending ones are
	 * never purged.
	 */
	@Modifying
	@Query("delete from OutboxMail m where m.status <> org.boussole.notifications.MailStatus.PENDING and m.createdAt < :cutoff")
	int purgeBefore(Instant cutoff);

}
