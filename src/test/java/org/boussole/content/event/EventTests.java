package org.boussole.content.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventTests {

	static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

	static final UUID STRUCTURE = UUID.randomUUID();

	static final UUID SITE = UUID.randomUUID();

	static EventDetails details(Instant start, int capacity) {
		return new EventDetails("Atelier CV", EventKind.WORKSHOP, "Venez avec votre CV.", STRUCTURE, SITE, null, start,
				start.plus(Duration.ofHours(2)), capacity);
	}

	static Event published(int capacity) {
		Event event = Event.draft(details(NOW.plus(Duration.ofDays(3)), capacity), NOW);
		event.publish(NOW);
		return event;
	}

	@Test // #3
	void aNewEventIsADraftThatVisitorsDoNotSee() {
		Event event = Event.draft(details(NOW.plus(Duration.ofDays(1)), 10), NOW);
		assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
		assertThat(event.isPublic()).isFalse();
		assertThatThrownBy(() -> event.register(UUID.randomUUID(), Optional.empty(), 0, NOW))
			.isInstanceOf(EventRuleException.class)
			.hasMessage("content.event.error.notPublished");
	}

	@Test // #3
	void refusesAnEventInThePastOrEndingBeforeItStarts() {
		assertThatThrownBy(() -> Event.draft(details(NOW.minus(Duration.ofMinutes(1)), 10), NOW))
			.hasMessage("content.event.error.past");
		Instant start = NOW.plus(Duration.ofDays(1));
		assertThatThrownBy(() -> Event
			.draft(new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, SITE, null, start, start, 10), NOW))
			.hasMessage("content.event.error.end");
	}

	@Test // #3
	void needsEitherASiteOrAnHttpsLink() {
		Instant start = NOW.plus(Duration.ofDays(1));
		Instant end = start.plus(Duration.ofHours(1));
		assertThatThrownBy(() -> Event
			.draft(new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, null, null, start, end, 10), NOW))
			.hasMessage("content.event.error.place");
		assertThatThrownBy(() -> Event.draft(
				new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, null, "javascript:alert(1)", start, end, 10),
				NOW))
			.hasMessage("content.event.error.link");
		assertThatThrownBy(() -> Event.draft(new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, null,
				"http://visio.example.org/a", start, end, 10), NOW))
			.hasMessage("content.event.error.link");
		assertThat(Event
			.draft(new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, null, "https://visio.example.org/a", start,
					end, 10), NOW)
			.isOnline()).isTrue();
	}

	@Test // #3
	void cannotBeMovedIntoThePastNorHoldFewerPlacesThanRegisteredPeople() {
		Event event = published(5);
		assertThatThrownBy(() -> event.update(details(NOW.minus(Duration.ofHours(1)), 5), 0, NOW))
			.hasMessage("content.event.error.past");
		assertThatThrownBy(() -> event.update(details(event.getStartsAt(), 2), 3, NOW))
			.hasMessage("content.event.error.capacityBelowRegistrations");
		event.update(details(event.getStartsAt(), 3), 3, NOW);
		assertThat(event.getCapacity()).isEqualTo(3);
	}

	@Test // #3
	void takesRegistrationsOnlyWhilePublishedUpcomingAndNotFull() {
		Event event = published(2);
		assertThat(event.register(UUID.randomUUID(), Optional.empty(), 1, NOW).isActive()).isTrue();
		assertThatThrownBy(() -> event.register(UUID.randomUUID(), Optional.empty(), 2, NOW))
			.hasMessage("content.event.error.full");
		assertThatThrownBy(() -> event.register(UUID.randomUUID(), Optional.empty(), 0, event.getStartsAt()))
			.hasMessage("content.event.error.started");
		event.cancel(NOW);
		assertThatThrownBy(() -> event.register(UUID.randomUUID(), Optional.empty(), 0, NOW))
			.hasMessage("content.event.error.cancelled");
	}

	@Test // #3
	void aPersonWhoCancelledMayRegisterAgainOnTheSameRegistration() {
		Event event = published(2);
		UUID person = UUID.randomUUID();
		Registration registration = event.register(person, Optional.empty(), 0, NOW);
		registration.cancel(NOW);
		assertThat(registration.isActive()).isFalse();
		assertThatThrownBy(() -> registration.cancel(NOW)).hasMessage("content.event.error.notRegistered");
		assertThat(event.register(person, Optional.of(registration), 0, NOW)).isSameAs(registration);
		assertThat(registration.isActive()).isTrue();
	}

	@Test // #3
	void cancellingOrMovingRaisesTheCalendarSequence() {
		Event event = published(5);
		int before = event.getSequence();
		event.update(details(event.getStartsAt().plus(Duration.ofHours(1)), 5), 0, NOW);
		assertThat(event.getSequence()).isEqualTo(before + 1);
		event.cancel(NOW);
		assertThat(event.getSequence()).isEqualTo(before + 2);
		assertThat(event.isPublic()).isTrue();
		assertThatThrownBy(() -> event.cancel(NOW)).hasMessage("content.event.error.cancelled");
	}

	@Test // #3
	void schedulesPublicationBeforeTheStartOnly() {
		Event event = Event.draft(details(NOW.plus(Duration.ofDays(3)), 5), NOW);
		assertThatThrownBy(() -> event.schedule(NOW.minus(Duration.ofHours(1)), NOW))
			.hasMessage("content.event.error.publishAt");
		assertThatThrownBy(() -> event.schedule(NOW.plus(Duration.ofDays(4)), NOW))
			.hasMessage("content.event.error.publishAt");
		event.schedule(NOW.plus(Duration.ofDays(1)), NOW);
		assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
		event.unpublish(NOW);
		assertThat(event.getStatus()).isEqualTo(EventStatus.UNPUBLISHED);
	}

	@Test // #3
	void theCalendarFileCarriesTheUidSequenceAndMethod() {
		Event event = published(5);
		String request = EventCalendar.of(event, "REQUEST", "MIFE Annemasse", "http://localhost/evenements/x", true,
				NOW);
		assertThat(request).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "UID:" + event.getId(), "SEQUENCE:0",
				"SUMMARY:Atelier CV", "LOCATION:MIFE Annemasse", "DTSTART:20260507T080000Z");
		event.cancel(NOW);
		assertThat(EventCalendar.of(event, "CANCEL", null, "http://localhost/evenements/x", true, NOW))
			.contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1", "UID:" + event.getId());
	}

	@Test // #3
	void theLinkOfAnOnlineEventIsOnlyInTheCalendarOfRegisteredPeople() {
		Instant start = NOW.plus(Duration.ofDays(3));
		Event online = Event.draft(new EventDetails("T", EventKind.WORKSHOP, "", STRUCTURE, null,
				"https://visio.example.org/secret", start, start.plus(Duration.ofHours(1)), 10), NOW);
		assertThat(EventCalendar.of(online, "REQUEST", null, "http://localhost/evenements/x", true, NOW))
			.contains("https://visio.example.org/secret");
		assertThat(EventCalendar.of(online, "PUBLISH", null, "http://localhost/evenements/x", false, NOW))
			.doesNotContain("visio.example.org")
			.contains("LOCATION:http://localhost/evenements/x");
	}

	@Test // #3
	void splitsTheDescriptionIntoParagraphs() {
		assertThat(EventManagement.paragraphs("Un.\n\n  Deux\nsuite.\r\n\r\n\nTrois <b>")).containsExactly("Un.",
				"Deux\nsuite.", "Trois <b>");
	}

}
