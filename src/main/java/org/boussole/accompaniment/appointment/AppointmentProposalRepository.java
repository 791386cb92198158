package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AppointmentProposalRepository extends JpaRepository<AppointmentProposal, UUID> {

	/** The proposal, locked until the end of the transaction: one decision at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AppointmentProposal p where p.id = ?1")
	Optional<AppointmentProposal> findForDecision(UUID id);

	@Query("select distinct p from AppointmentProposal p left join fetch p.slots where p.dossierId = ?1 order by p.createdAt desc")
	List<AppointmentProposal> findByDossier(UUID dossierId);

	/**
	 * The times kept by the open proposals of a counsellor in a period, whose hold is not
	 * over at {@code now} (even when the expiry was not recorded yet).
	 */
	@Query("select s from ProposedSlot s where s.proposal.counsellorId = ?1 and s.proposal.status = org.boussole.accompaniment.appointment.AppointmentProposal.Status.OPEN and s.proposal.holdUntil > ?4 and s.endAt > ?2 and s.startAt < ?3")
	List<ProposedSlot> findHeld(UUID counsellorId, Instant from, Instant to, Instant now);

	/** The open proposals whose hold is over, locked: the oldest first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AppointmentProposal p where p.status = org.boussole.accompaniment.appointment.AppointmentProposal.Status.OPEN and p.holdUntil <= ?1 order by p.holdUntil")
	List<AppointmentProposal> findDueForExpiry(Instant now);

	/** The open proposals of a dossier, locked until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AppointmentProposal p where p.dossierId = ?1 and p.status = org.boussole.accompaniment.appointment.AppointmentProposal.Status.OPEN")
	List<AppointmentProposal> findOpenForDecision(UUID dossierId);

	/** A counsellor's open proposals in the dossiers of one structure, locked. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AppointmentProposal p where p.counsellorId = ?1 and p.status = org.boussole.accompaniment.appointment.AppointmentProposal.Status.OPEN and p.dossierId in (select d.id from Dossier d where d.structureId = ?2)")
	List<AppointmentProposal> findOpenInStructure(UUID counsellorId, UUID structureId);

}
