package org.boussole.accompaniment.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

	List<Message> findByDossierIdOrderBySentAtAscIdAsc(UUID dossierId);

	boolean existsByFormToken(UUID formToken);

	boolean existsByDossierIdAndAuthorIdAndBodyAndSentAtAfter(UUID dossierId, UUID authorId, String body,
			Instant after);

	/**
	 * @return whether the recipient was told by mail, after the given instant, of a
	 * message of this dossier they have not read yet
	 */
	@Query("select count(m) > 0 from Message m where m.dossierId = :dossierId and m.fromBeneficiary = :fromBeneficiary "
			+ "and m.readAt is null and m.recipientNotified = true and m.sentAt > :after")
	boolean recentlyNotifiedUnread(UUID dossierId, boolean fromBeneficiary, Instant after);

	long countByDossierIdAndFromBeneficiaryAndReadAtIsNull(UUID dossierId, boolean fromBeneficiary);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Message m set m.readAt = :now where m.dossierId = :dossierId and m.fromBeneficiary = :fromBeneficiary "
			+ "and m.readAt is null")
	int markRead(UUID dossierId, boolean fromBeneficiary, Instant now);

}
