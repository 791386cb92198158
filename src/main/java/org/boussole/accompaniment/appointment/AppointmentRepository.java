package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

	@Query("select a from Appointment a where a.counsellorId = ?1 and a.status = org.boussole.accompaniment.appointment.AppointmentStatus.BOOKED and a.endAt > ?2 and a.startAt < ?3")
	List<Appointment> findBooked(UUID counsellorId, Instant from, Instant to);

	@Query("select a from Appointment a where a.counsellorId = ?1 and a.endAt > ?2 and a.startAt < ?3 and a.status <> org.boussole.accompaniment.appointment.AppointmentStatus.CANCELLED order by a.startAt")
	List<Appointment> findAgenda(UUID counsellorId, Instant from, Instant to);

	List<Appointment> findByDossierIdOrderByStartAt(UUID dossierId);

	/**
	 * A counsellor's booked appointments still to come in the dossiers of one structure.
	 */
	@Query("select a from Appointment a where a.counsellorId = ?1 and a.status = org.boussole.accompaniment.appointment.AppointmentStatus.BOOKED and a.startAt > ?3 and a.dossierId in (select d.id from Dossier d where d.structureId = ?2) order by a.startAt")
	List<Appointment> findComingInStructure(UUID counsellorId, UUID structureId, Instant now);

	@Query("select a from Appointment a where a.status = org.boussole.accompaniment.appointment.AppointmentStatus.BOOKED and a.remindedAt is null and a.startAt > ?1 and a.startAt < ?2")
	List<Appointment> findDueForReminder(Instant from, Instant to);

}
