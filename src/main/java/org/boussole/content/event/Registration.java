package org.boussole.content.event;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's registration for an event: one row per person and event, active or
 * cancelled (a person who cancels and comes back is registered again on the same row).
 */
@Entity
@Table(name = "event_registration", schema = "content")
class Registration {

	@Id
	private UUID id;

	@Column(name = "event_id")
	private UUID eventId;

	@Column(name = "person_id")
	private UUID personId;

	private boolean active;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@SuppressWarnings("NullAway.Init")
	protected Registration() {
		// for JPA
	}

	private Registration(UUID eventId, UUID personId, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.personId = personId;
		this.active = true;
		this.registeredAt = now;
	}

	static Registration of(UUID eventId, UUID personId, Instant now) {
		return new Registration(eventId, personId, now);
	}

	void reactivate(Instant now) {
		Assert.state(!active, "Already registered");
		active = true;
		registeredAt = now;
		cancelledAt = null;
	}

	/** The person gives their place back. */
	void cancel(Instant now) {
		if (!active) {
			throw new EventRuleException("content.event.error.notRegistered");
		}
		active = false;
		cancelledAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getEventId() {
		return eventId;
	}

	UUID getPersonId() {
		return personId;
	}

	boolean isActive() {
		return active;
	}

	Instant getRegisteredAt() {
		return registeredAt;
	}

	@Nullable Instant getCancelledAt() {
		return cancelledAt;
	}

}
