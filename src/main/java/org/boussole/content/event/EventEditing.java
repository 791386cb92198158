package org.boussole.content.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.Author;
import org.boussole.content.editorial.EditorialItem;
import org.boussole.content.editorial.EditorialRights;
import org.boussole.content.editorial.Revision;
import org.boussole.content.editorial.RevisionAction;
import org.boussole.content.editorial.RevisionLog;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' side of events: each change is checked against the rights of the editor on
 * THAT event's structure (and on the structure it moves to), under the lock of the
 * event's row.
 */
@Service
@Transactional(readOnly = true)
class EventEditing {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventManagement management;

	private final EditorialRights rights;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final RevisionLog revisions;

	EventEditing(EventRepository events, RegistrationRepository registrations, EventManagement management,
			EditorialRights rights, NetworkManagement network, AccountManagement accounts, RevisionLog revisions) {
		this.revisions = revisions;
		this.events = events;
		this.registrations = registrations;
		this.management = management;
		this.rights = rights;
		this.network = network;
		this.accounts = accounts;
	}

	/**
	 * @return the events this editor may edit, latest first
	 */
	List<EventCard> editableBy(CurrentUser user) {
		EditorialRights.EventScope scope = rights.eventScope(user);
		if (scope.all()) {
			return management.cards(events.findAllByOrderByStartsAtDesc());
		}
		return scope.structures().isEmpty() ? List.of()
				: management.cards(events.findByStructureIdInOrderByStartsAtDesc(scope.structures()));
	}

	/**
	 * @return the structures whose events this editor writes, by name
	 */
	List<StructureSummary> structuresOf(CurrentUser user) {
		EditorialRights.EventScope scope = rights.eventScope(user);
		return network.allStructures().stream().filter(structure -> scope.includes(structure.id())).toList();
	}

	/**
	 * @return the sites of those structures, by structure then name
	 */
	List<SiteSummary> sitesOf(CurrentUser user) {
		return structuresOf(user).stream().flatMap(structure -> network.sitesOf(structure.id()).stream()).toList();
	}

	/**
	 * @throws ResponseStatusException 404 when unknown, 403 when that editor may not edit
	 * it
	 */
	Event find(CurrentUser user, UUID eventId) {
		Event event = events.findById(eventId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		requireRights(user, event.getStructureId());
		return event;
	}

	EventCard card(Event event) {
		return management.cards(List.of(event)).get(0);
	}

	List<AccountSummary> registrants(CurrentUser user, UUID eventId) {
		find(user, eventId);
		List<UUID> people = registrations.findByEventIdAndActiveTrueOrderByRegisteredAt(eventId)
			.stream()
			.map(Registration::getPersonId)
			.toList();
		return accounts.findAll(people);
	}

	@Transactional
	UUID create(CurrentUser user, EventDetails details) {
		requireRights(user, details.structureId());
		checkSite(details);
		Event event = events.save(Event.draft(details, management.now()));
		record(Author.of(user), event, RevisionAction.SAVED);
		return event.getId();
	}

	/**
	 * @param version the version of the event the form was opened on
	 * @throws StaleEventException when someone saved it since
	 */
	@Transactional
	void update(CurrentUser user, UUID eventId, long version, EventDetails details) {
		Event event = lockedForEditing(user, eventId);
		if (event.getVersion() != version) {
			throw new StaleEventException();
		}
		requireRights(user, details.structureId());
		checkSite(details);
		event.update(details, registrations.countByEventIdAndActiveTrue(eventId), management.now());
		record(Author.of(user), event, RevisionAction.SAVED);
	}

	/**
	 * @return the revisions of an event this editor may edit, newest first
	 */
	List<Revision> history(CurrentUser user, UUID eventId) {
		find(user, eventId);
		return revisions.of(EditorialItem.EVENT, eventId);
	}

	/**
	 * Puts back what an earlier revision held (title, description, place, times, places),
	 * with the same checks as an edit: no move into the past, no fewer places than
	 * registrations.
	 * @throws IllegalArgumentException when the event has no such revision
	 */
	@Transactional
	void restore(CurrentUser user, UUID eventId, int number) {
		Event event = lockedForEditing(user, eventId);
		Revision revision = revisions.find(EditorialItem.EVENT, eventId, number)
			.orElseThrow(() -> new IllegalArgumentException("no revision " + number));
		EventDetails details = revisions.snapshot(revision, EventSnapshot.class).details();
		requireRights(user, details.structureId());
		checkSite(details);
		event.update(details, registrations.countByEventIdAndActiveTrue(eventId), management.now());
		record(Author.of(user), event, RevisionAction.RESTORED);
	}

	@Transactional
	void publish(CurrentUser user, UUID eventId) {
		change(user, eventId, RevisionAction.PUBLISHED, event -> event.publish(management.now()));
	}

	@Transactional
	void schedule(CurrentUser user, UUID eventId, Instant at) {
		change(user, eventId, RevisionAction.SCHEDULED, event -> event.schedule(at, management.now()));
	}

	@Transactional
	void unpublish(CurrentUser user, UUID eventId) {
		change(user, eventId, RevisionAction.UNPUBLISHED, event -> event.unpublish(management.now()));
	}

	/** Cancels the event and tells every registered person. */
	@Transactional
	void cancel(CurrentUser user, UUID eventId) {
		change(user, eventId, RevisionAction.CANCELLED, event -> {
			event.cancel(management.now());
			management.notifyCancellation(event);
		});
	}

	/**
	 * Publishes the scheduled events that are due; one that has started meanwhile stays
	 * scheduled for an editor to look at.
	 * @return how many were published
	 */
	@Transactional
	int publishDue(Instant now) {
		int published = 0;
		for (UUID id : events.findDueForPublication(now)) {
			Event event = events.findForUpdate(id).orElseThrow();
			if (event.getStatus() == EventStatus.SCHEDULED && event.getStartsAt().isAfter(now)) {
				event.publish(now);
				record(Author.BOUSSOLE, event, RevisionAction.PUBLISHED);
				published++;
			}
		}
		return published;
	}

	private void change(CurrentUser user, UUID eventId, RevisionAction done, Consumer<Event> action) {
		Event event = lockedForEditing(user, eventId);
		action.accept(event);
		record(Author.of(user), event, done);
	}

	/** Keeps the revision of a change and tells the modules that follow the content. */
	private void record(Author author, Event event, RevisionAction action) {
		management.changed(event.getId());
		revisions.record(EditorialItem.EVENT, event.getId(), action, author, management.now(),
				new EventSnapshot(event.details(), event.getStatus(), event.getPublishAt()));
	}

	/** What a revision of an event keeps. */
	record EventSnapshot(EventDetails details, EventStatus status, @Nullable Instant publishAt) {

	}

	private Event lockedForEditing(CurrentUser user, UUID eventId) {
		Event event = events.findForUpdate(eventId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		requireRights(user, event.getStructureId());
		return event;
	}

	private void requireRights(CurrentUser user, UUID structureId) {
		if (!rights.mayEditEventsOf(user, structureId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private void checkSite(EventDetails details) {
		if (details.siteId() != null && network.findSite(details.siteId())
			.filter(site -> site.structureId().equals(details.structureId()))
			.isEmpty()) {
			throw new EventRuleException("content.event.error.site", "siteId");
		}
	}

}
