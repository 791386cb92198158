package org.boussole.accompaniment.note;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoteRepository extends JpaRepository<Note, UUID> {

	List<Note> findByDossierIdOrderByWrittenAtDescIdAsc(UUID dossierId);

	List<Note> findByDossierIdAndSharedTrueOrderByWrittenAtDescIdAsc(UUID dossierId);

	/**
	 * Replaces the text of every note of the beneficiary's dossiers, private or shared.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Note n set n.body = '', n.erased = true where n.dossierId in "
			+ "(select d.id from Dossier d where d.beneficiaryId = :beneficiaryId)")
	int eraseTextsOfBeneficiary(UUID beneficiaryId);

}
