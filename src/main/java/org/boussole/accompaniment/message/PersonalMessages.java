package org.boussole.accompaniment.message;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The messages and files of all the dossiers of one beneficiary, for their personal data
 * archive and for erasing them when they close their account.
 */
interface PersonalMessages extends Repository<Message, UUID> {

	@Query("select m from Message m where m.dossierId in (select d.id from Dossier d where d.beneficiaryId = :beneficiaryId) "
			+ "order by m.sentAt, m.id")
	List<Message> messagesOf(UUID beneficiaryId);

	@Query("select a from Attachment a where a.dossierId in (select d.id from Dossier d where d.beneficiaryId = :beneficiaryId)")
	List<Attachment> attachmentsOf(UUID beneficiaryId);

	/**
	 * Erases the text of every message of the beneficiary's dossiers, both sides: an
	 * empty text, marked as erased.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Message m set m.body = '', m.erased = true where m.dossierId in "
			+ "(select d.id from Dossier d where d.beneficiaryId = :beneficiaryId)")
	int eraseTexts(UUID beneficiaryId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Attachment a where a.dossierId in (select d.id from Dossier d where d.beneficiaryId = :beneficiaryId)")
	int deleteAttachments(UUID beneficiaryId);

}
