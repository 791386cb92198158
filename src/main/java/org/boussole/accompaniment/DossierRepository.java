package org.boussole.accompaniment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, UUID> {

	List<Dossier> findByBeneficiaryIdOrderByRequestedAtDesc(UUID beneficiaryId);

	Optional<Dossier> findFirstByBeneficiaryIdAndStatusInOrderByRequestedAtDesc(UUID beneficiaryId,
			Collection<DossierStatus> statuses);

	List<Dossier> findByStructureIdInAndStatusOrderByRequestedAt(Collection<UUID> structureIds, DossierStatus status);

	List<Dossier> findByReferentIdOrderByUpdatedAtDesc(UUID referentId);

	long countByBeneficiaryId(UUID beneficiaryId);

	/**
	 * The open dossiers that one counsellor follows in one structure, locked for a
	 * change.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Dossier d where d.referentId = ?1 and d.structureId = ?2 and d.status = 'OPEN' order by d.id")
	List<Dossier> findOpenToHandOver(UUID referentId, UUID structureId);

	/**
	 * @return pairs (counsellor id, number of open dossiers) for those counsellors who
	 * have any
	 */
	@Query("select d.referentId, count(d) from Dossier d where d.referentId in :counsellors and d.status = 'OPEN' "
			+ "group by d.referentId")
	List<Object[]> countOpenByReferent(Collection<UUID> counsellors);

}
