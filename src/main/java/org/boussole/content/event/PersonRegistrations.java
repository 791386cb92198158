package org.boussole.content.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrations of one person, for their personal data and their account's closure.
 */
interface PersonRegistrations extends Repository<Registration, UUID> {

	/**
	 * @return pairs (registration, event) of every registration of that person, active or
	 * cancelled, by start of the event
	 */
	@Query("select r, e from Registration r, Event e where r.eventId = e.id and r.personId = :personId "
			+ "order by e.startsAt")
	List<Object[]> withEventsOf(UUID personId);

	/**
	 * @return the person's active registrations for events that have not ended
	 */
	@Query("select r from Registration r, Event e where r.eventId = e.id and r.personId = :personId "
			+ "and r.active = true and e.endsAt > :now")
	List<Registration> upcomingOf(UUID personId, Instant now);

}
