package org.boussole.content.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByEventIdAndPersonId(UUID eventId, UUID personId);

	long countByEventIdAndActiveTrue(UUID eventId);

	List<Registration> findByEventIdAndActiveTrueOrderByRegisteredAt(UUID eventId);

	/**
	 * @return for each event with registrations, its id and its count of active ones
	 */
	@Query("select r.eventId, count(r) from Registration r where r.active = true and r.eventId in ?1 group by r.eventId")
	List<Object[]> countActiveByEvent(Collection<UUID> eventIds);

	@Query("""
			select r.eventId from Registration r, Event e
			where r.eventId = e.id and r.personId = ?1 and r.active = true and e.endsAt > ?2""")
	List<UUID> findUpcomingEventIdsOf(UUID personId, Instant now);

}
