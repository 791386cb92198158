package org.boussole.content.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EventRepository extends JpaRepository<Event, UUID> {

	/**
	 * Reads the event and locks its row until the transaction ends, so that registrations
	 * and changes of capacity of one event happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = ?1")
	Optional<Event> findForUpdate(UUID id);

	@Query("select e from Event e where e.status = org.boussole.content.event.EventStatus.PUBLISHED and e.startsAt > ?1 order by e.startsAt, e.title")
	List<Event> findUpcomingPublished(Instant now);

	List<Event> findAllByOrderByStartsAtDesc();

	List<Event> findByStructureIdInOrderByStartsAtDesc(Collection<UUID> structureIds);

	@Query("select e.id from Event e where e.status = org.boussole.content.event.EventStatus.SCHEDULED and e.publishAt <= ?1")
	List<UUID> findDueForPublication(Instant now);

	@Query("select e from Event e where e.id in ?1 order by e.startsAt")
	List<Event> findAllByIdOrdered(Collection<UUID> ids);

}
