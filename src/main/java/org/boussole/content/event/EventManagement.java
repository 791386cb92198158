package org.boussole.content.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.ContentChanged;
import org.boussole.content.EventNotices.EventCancelled;
import org.boussole.content.EventNotices.EventRegistrationCancelled;
import org.boussole.content.EventNotices.EventRegistrationConfirmed;
import org.boussole.content.EventNotices.EventSummary;
import org.boussole.content.editorial.EditorialRights;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.boussole.shared.BoussoleSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.fortuna.ical4j.model.property.Method;

/**
 * The events for visitors and registered people: the upcoming list, an event page, its
 * calendar file, registering and cancelling. Registrations of one event are serialised by
 * a lock on the event's row, so that they never exceed its places.
 */
@Service
@Transactional(readOnly = true)
class EventManagement {

	/** The time zone events are shown in: France's, which is also Geneva's. */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final NetworkManagement network;

	private final EditorialRights rights;

	private final ApplicationEventPublisher publisher;

	private final BoussoleSettings settings;

	private final Clock clock;

	EventManagement(EventRepository events, RegistrationRepository registrations, NetworkManagement network,
			EditorialRights rights, ApplicationEventPublisher publisher, BoussoleSettings settings, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.network = network;
		this.rights = rights;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param online {@literal true} for online events only, {@literal false} for events
	 * at a site only, {@literal null} for both
	 * @param structureId the structure to keep, or {@literal null} for all
	 * @return the published events still to come, soonest first
	 */
	List<EventCard> upcoming(@Nullable Boolean online, @Nullable UUID structureId) {
		List<Event> found = events.findUpcomingPublished(clock.instant())
			.stream()
			.filter(event -> online == null || event.isOnline() == online)
			.filter(event -> structureId == null || event.getStructureId().equals(structureId))
			.toList();
		return cards(found);
	}

	/**
	 * @param viewer the signed-in person, or {@literal null}
	 * @return the page, when the event is public or the viewer edits it (a preview)
	 */
	Optional<EventPage> page(UUID eventId, @Nullable CurrentUser viewer) {
		return events.findById(eventId).filter(event -> event.isPublic() || mayEdit(viewer, event)).map(event -> {
			EventCard card = cards(List.of(event)).get(0);
			boolean registered = viewer != null && registrations.findByEventIdAndPersonId(eventId, viewer.id())
				.filter(Registration::isActive)
				.isPresent();
			SiteSummary site = (event.getSiteId() == null) ? null : network.findSite(event.getSiteId()).orElse(null);
			return new EventPage(card, paragraphs(event.getDescription()), site,
					(registered || mayEdit(viewer, event)) ? event.getOnlineLink() : null, registered,
					event.isOpen(clock.instant()));
		});
	}

	/**
	 * @return the iCalendar text of a public event, for download
	 */
	Optional<String> publicCalendar(UUID eventId) {
		return events.findById(eventId)
			.filter(Event::isPublic)
			.map(event -> EventCalendar.of(event,
					(event.getStatus() == EventStatus.CANCELLED) ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH,
					place(event), settings.link(path(event)), false, clock.instant()));
	}

	/**
	 * Registers a person for an event, once.
	 * @return whether they were registered now, or already were
	 * @throws EventRuleException when the event is full, past, cancelled or not published
	 */
	@Transactional
	RegistrationOutcome register(UUID eventId, UUID personId) {
		Event event = events.findForUpdate(eventId)
			.orElseThrow(() -> new EventRuleException("content.event.error.notPublished"));
		Optional<Registration> previous = registrations.findByEventIdAndPersonId(eventId, personId);
		if (previous.isPresent() && previous.get().isActive()) {
			return RegistrationOutcome.ALREADY_REGISTERED;
		}
		long active = registrations.countByEventIdAndActiveTrue(eventId);
		Registration registration = event.register(personId, previous, active, clock.instant());
		registrations.save(registration);
		publisher.publishEvent(
				new EventRegistrationConfirmed(personId, summary(event), calendar(event, Method.VALUE_REQUEST)));
		return RegistrationOutcome.REGISTERED;
	}

	/**
	 * The person gives their place back.
	 * @throws EventRuleException when they are not registered
	 */
	@Transactional
	void cancelRegistration(UUID eventId, UUID personId) {
		Event event = events.findForUpdate(eventId)
			.orElseThrow(() -> new EventRuleException("content.event.error.notRegistered"));
		Registration registration = registrations.findByEventIdAndPersonId(eventId, personId)
			.orElseThrow(() -> new EventRuleException("content.event.error.notRegistered"));
		registration.cancel(clock.instant());
		publisher.publishEvent(
				new EventRegistrationCancelled(personId, summary(event), calendar(event, Method.VALUE_CANCEL)));
	}

	/**
	 * @return the events still to come (or under way) that the person is registered for,
	 * soonest first
	 */
	List<EventCard> registrationsOf(UUID personId) {
		List<UUID> ids = registrations.findUpcomingEventIdsOf(personId, clock.instant());
		return ids.isEmpty() ? List.of() : cards(events.findAllByIdOrdered(ids));
	}

	/** Tells the other modules that what visitors see of the event may have changed. */
	void changed(UUID eventId) {
		publisher.publishEvent(new ContentChanged(ContentChanged.Kind.EVENT, eventId.toString()));
	}

	/** Tells every registered person that the event is cancelled (editors' side). */
	void notifyCancellation(Event event) {
		EventSummary summary = summary(event);
		String calendar = calendar(event, Method.VALUE_CANCEL);
		registrations.findByEventIdAndActiveTrueOrderByRegisteredAt(event.getId())
			.forEach(registration -> publisher
				.publishEvent(new EventCancelled(registration.getPersonId(), summary, calendar)));
	}

	boolean mayEdit(@Nullable CurrentUser viewer, Event event) {
		return viewer != null && rights.mayEditEventsOf(viewer, event.getStructureId());
	}

	/**
	 * @return the cards of these events, in the same order, with their places left
	 */
	List<EventCard> cards(List<Event> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<UUID, Long> counts = registrations.countActiveByEvent(list.stream().map(Event::getId).toList())
			.stream()
			.collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
		Map<UUID, String> structures = network.allStructures()
			.stream()
			.collect(Collectors.toMap(StructureSummary::id, StructureSummary::name));
		Map<UUID, Optional<SiteSummary>> sites = new HashMap<>();
		return list.stream().map(event -> {
			SiteSummary site = (event.getSiteId() == null) ? null
					: sites.computeIfAbsent(event.getSiteId(), network::findSite).orElse(null);
			int registered = counts.getOrDefault(event.getId(), 0L).intValue();
			return new EventCard(event.getId(), event.getTitle(), event.getKind(), event.getStatus(),
					event.getStartsAt().atZone(ZONE), event.getEndsAt().atZone(ZONE), event.isOnline(),
					(site == null) ? null : site.name(), (site == null) ? null : site.commune(),
					structures.getOrDefault(event.getStructureId(), ""), event.getCapacity(),
					Math.max(0, event.getCapacity() - registered));
		}).toList();
	}

	EventSummary summary(Event event) {
		return new EventSummary(event.getId(), event.getTitle(), event.getStartsAt(), event.getEndsAt(), place(event),
				event.getOnlineLink(), path(event));
	}

	String calendar(Event event, String method) {
		return EventCalendar.of(event, method, place(event), settings.link(path(event)), true, clock.instant());
	}

	private @Nullable String place(Event event) {
		if (event.getSiteId() == null) {
			return null;
		}
		return network.findSite(event.getSiteId())
			.map(site -> site.name() + ", " + site.addressLine() + ", " + site.postalCode() + " " + site.commune())
			.orElse(null);
	}

	static String path(Event event) {
		return "/evenements/" + event.getId();
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	Instant now() {
		return clock.instant();
	}

	/** What a registration request did. */
	enum RegistrationOutcome {

		REGISTERED, ALREADY_REGISTERED

	}

}
