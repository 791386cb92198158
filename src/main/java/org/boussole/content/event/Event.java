package org.boussole.content.event;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A workshop or an information session, at a site or online. The event checks its own
 * rules: it ends after it starts, it is never created or moved into the past, it never
 * holds fewer places than registered people, and only a published event still to come
 * with a place left takes registrations.
 */
@Entity
@Table(name = "event", schema = "content")
class Event {

	@Id
	private UUID id;

	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String description;

	@Column(name = "structure_id")
	private UUID structureId;

	@Column(name = "site_id")
	private @Nullable UUID siteId;

	@Column(name = "online_link")
	private @Nullable String onlineLink;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private int capacity;

	@Enumerated(EnumType.STRING)
	private EventStatus status;

	@Column(name = "publish_at")
	private @Nullable Instant publishAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	/**
	 * The iCalendar SEQUENCE: raised whenever the time or place changes, or it is
	 * cancelled.
	 */
	private int sequence;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@SuppressWarnings("NullAway.Init")
	protected Event() {
		// for JPA
	}

	private Event(EventDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.status = EventStatus.DRAFT;
		this.createdAt = now;
		apply(details, now);
	}

	/**
	 * @return a new draft event
	 * @throws EventRuleException when the details break a rule, or the event would start
	 * in the past
	 */
	static Event draft(EventDetails details, Instant now) {
		details.check();
		if (!details.startsAt().isAfter(now)) {
			throw new EventRuleException("content.event.error.past", "date");
		}
		return new Event(details, now);
	}

	/**
	 * Changes what the editor wrote.
	 * @param activeRegistrations how many people are registered now
	 */
	void update(EventDetails details, long activeRegistrations, Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleException("content.event.error.cancelled");
		}
		details.check();
		boolean moved = !details.startsAt().equals(startsAt) || !details.endsAt().equals(endsAt);
		if (moved && !details.startsAt().isAfter(now)) {
			throw new EventRuleException("content.event.error.past", "date");
		}
		if (details.capacity() < activeRegistrations) {
			throw new EventRuleException("content.event.error.capacityBelowRegistrations", "capacity");
		}
		if (moved || !java.util.Objects.equals(details.siteId(), siteId)
				|| !java.util.Objects.equals(details.onlineLink(), onlineLink)) {
			sequence++;
		}
		apply(details, now);
	}

	private void apply(EventDetails details, Instant now) {
		this.title = details.title().strip();
		this.kind = details.kind();
		this.description = details.description().strip();
		this.structureId = details.structureId();
		this.siteId = details.siteId();
		this.onlineLink = details.onlineLink();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.capacity = details.capacity();
		this.updatedAt = now;
	}

	/** Makes the event public now. */
	void publish(Instant now) {
		requireStatus(EnumSet.of(EventStatus.DRAFT, EventStatus.SCHEDULED, EventStatus.UNPUBLISHED));
		if (!startsAt.isAfter(now)) {
			throw new EventRuleException("content.event.error.publishPast");
		}
		status = EventStatus.PUBLISHED;
		publishAt = null;
		if (publishedAt == null) {
			publishedAt = now;
		}
		updatedAt = now;
	}

	/** Has the event published by the publication job at {@code at}. */
	void schedule(Instant at, Instant now) {
		requireStatus(EnumSet.of(EventStatus.DRAFT, EventStatus.SCHEDULED, EventStatus.UNPUBLISHED));
		if (!at.isAfter(now) || !at.isBefore(startsAt)) {
			throw new EventRuleException("content.event.error.publishAt", "publishAt");
		}
		status = EventStatus.SCHEDULED;
		publishAt = at;
		updatedAt = now;
	}

	/** Takes the event off the public pages; the registrations stay. */
	void unpublish(Instant now) {
		requireStatus(EnumSet.of(EventStatus.PUBLISHED, EventStatus.SCHEDULED));
		status = EventStatus.UNPUBLISHED;
		publishAt = null;
		updatedAt = now;
	}

	/** The event will not take place. */
	void cancel(Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleException("content.event.error.cancelled");
		}
		status = EventStatus.CANCELLED;
		publishAt = null;
		sequence++;
		updatedAt = now;
	}

	/**
	 * Registers a person, or registers again a person who had cancelled.
	 * @param previous that person's earlier registration, if any (not active)
	 * @param activeRegistrations how many people are registered now (read under the
	 * event's lock)
	 * @return the active registration to save
	 */
	Registration register(UUID personId, Optional<Registration> previous, long activeRegistrations, Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleException("content.event.error.cancelled");
		}
		if (status != EventStatus.PUBLISHED) {
			throw new EventRuleException("content.event.error.notPublished");
		}
		if (!startsAt.isAfter(now)) {
			throw new EventRuleException("content.event.error.started");
		}
		if (activeRegistrations >= capacity) {
			throw new EventRuleException("content.event.error.full");
		}
		if (previous.isPresent()) {
			Registration registration = previous.get();
			registration.reactivate(now);
			return registration;
		}
		return Registration.of(id, personId, now);
	}

	/**
	 * @return whether visitors see the page: published, or cancelled after being
	 * published
	 */
	boolean isPublic() {
		return status == EventStatus.PUBLISHED || (status == EventStatus.CANCELLED && publishedAt != null);
	}

	/**
	 * @return whether it is published and has not started
	 */
	boolean isOpen(Instant now) {
		return status == EventStatus.PUBLISHED && startsAt.isAfter(now);
	}

	boolean isOnline() {
		return onlineLink != null;
	}

	private void requireStatus(EnumSet<EventStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new EventRuleException("content.event.error.status");
		}
	}

	/**
	 * @return what an editor wrote of the event, as the form and the revisions hold it
	 */
	EventDetails details() {
		return new EventDetails(title, kind, description, structureId, siteId, onlineLink, startsAt, endsAt, capacity);
	}

	UUID getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	EventKind getKind() {
		return kind;
	}

	String getDescription() {
		return description;
	}

	UUID getStructureId() {
		return structureId;
	}

	@Nullable UUID getSiteId() {
		return siteId;
	}

	@Nullable String getOnlineLink() {
		return onlineLink;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	int getCapacity() {
		return capacity;
	}

	EventStatus getStatus() {
		return status;
	}

	@Nullable Instant getPublishAt() {
		return publishAt;
	}

	int getSequence() {
		return sequence;
	}

	long getVersion() {
		return version;
	}

}
