package org.boussole.content.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.content.event.EventTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class EventPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	EventManagement management;

	@Autowired
	NetworkManagement network;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	Event newEvent(int capacity) {
		return EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, capacity);
	}

	@Test // #3
	void theListShowsUpcomingPublishedEventsWithTheirPlacesAndFilters() {
		Event event = newEvent(12);
		assertThat(mvc.get().uri("/evenements")).hasStatusOk()
			.bodyText()
			.contains(event.getTitle(), "12 places restantes", "Atelier", "MIFE Annemasse (démo)",
					"La VAE expliquée en une heure (en ligne)", "En ligne");
		assertThat(mvc.get().uri("/evenements?lieu=en-ligne")).hasStatusOk()
			.bodyText()
			.doesNotContain(event.getTitle())
			.contains("La VAE expliquée");
		String ofpc = EventTestSupport.structure(network, EventTestSupport.OFPC).id().toString();
		assertThat(mvc.get().uri("/evenements?structure=" + ofpc)).hasStatusOk()
			.bodyText()
			.doesNotContain(event.getTitle());
		// a malformed filter is ignored, not an error
		assertThat(mvc.get().uri("/evenements?structure=abc&lieu=<x>")).hasStatusOk()
			.bodyText()
			.contains(event.getTitle());
	}

	@Test // #3
	void theEventPageEscapesTheDescriptionAndInvitesToTalkToACounsellor() {
		Event event = newEvent(5);
		assertThat(mvc.get().uri("/evenements/" + event.getId())).hasStatusOk()
			.bodyText()
			.contains(event.getTitle(), "Premier paragraphe.", "&lt;script&gt;", "Se connecter pour s",
					"/evenements/" + event.getId() + "/inscription", "href=\"/inscription\"",
					"/accompagnement/demande?depuis=/evenements/" + event.getId(), "En parler avec un conseiller")
			.doesNotContain("<script>alert");
	}

	@Test // #3
	void unknownMalformedOrUnpublishedEventsAreNotFound() {
		assertThat(mvc.get().uri("/evenements/" + java.util.UUID.randomUUID())).hasStatus(404);
		assertThat(mvc.get().uri("/evenements/pas-un-id")).hasStatus(404);
		assertThat(mvc.get().uri("/evenements/pas-un-id/calendrier.ics")).hasStatus(404);
		Event draft = events.save(Event.draft(EventTests.details(java.time.Instant.now().plus(Duration.ofDays(2)), 5),
				java.time.Instant.now()));
		assertThat(mvc.get().uri("/evenements/" + draft.getId())).hasStatus(404);
		assertThat(mvc.get().uri("/evenements/" + draft.getId() + "/calendrier.ics")).hasStatus(404);
	}

	@Test // #3
	void aPublishedEventIsServedAsACalendarFile() {
		Event event = newEvent(5);
		var result = mvc.get().uri("/evenements/" + event.getId() + "/calendrier.ics").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
		assertThat(result).bodyText()
			.contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "UID:" + event.getId() + EventCalendar.UID_DOMAIN,
					"SUMMARY:" + event.getTitle(), "MIFE Annemasse (démo)");
	}

	@Test // #3
	void myRegistrationsNeedsASignedInPersonAndIsNotAnEventId() {
		assertThat(mvc.get().uri("/evenements/mes-inscriptions")).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/connexion");
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		assertThat(mvc.get().uri("/evenements/mes-inscriptions").with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Mes inscriptions", "aucun événement à venir");
	}

	@Test // #3
	void anAnonymousVisitorMustSignInToRegister() {
		Event event = newEvent(5);
		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isZero();
	}

	@Test // #3
	void aPersonRegistersOnceAndReceivesAMailWithTheCalendarFile() {
		Event event = newEvent(5);
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(as(person)).with(csrf()))
			.hasRedirectedUrl("/evenements/" + event.getId())
			.flash()
			.containsEntry("flash", "content.event.registered");
		// a second click (or a double submission) registers nobody twice
		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(as(person)).with(csrf()))
			.flash()
			.containsEntry("flash", "content.event.alreadyRegistered");
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isEqualTo(1);

		assertThat(mvc.get().uri("/evenements/" + event.getId()).with(as(person))).hasStatusOk()
			.bodyText()
			.contains("Vous êtes inscrit·e", "Annuler mon inscription", "4 places restantes");
		assertThat(mvc.get().uri("/evenements/mes-inscriptions").with(as(person))).bodyText()
			.contains(event.getTitle());

		Map<String, Object> mail = awaitMail(person.email(), "Inscription confirmée%");
		assertThat(mail.get("file_name")).isEqualTo("evenement.ics");
		assertThat((String) mail.get("content_type")).startsWith("text/calendar").contains("method=REQUEST");
		assertThat(new String((byte[]) mail.get("content"), StandardCharsets.UTF_8)).contains("METHOD:REQUEST",
				"UID:" + event.getId() + EventCalendar.UID_DOMAIN, "SUMMARY:" + event.getTitle());
		assertThat((String) mail.get("text_body")).contains(event.getTitle(), "MIFE Annemasse (démo)",
				"/evenements/" + event.getId());
	}

	@Test // #3
	void cancellingARegistrationFreesThePlaceAndMailsACancelEntry() {
		Event event = newEvent(1);
		CurrentUser first = EventTestSupport.newBeneficiary(accounts);
		CurrentUser second = EventTestSupport.newBeneficiary(accounts);
		management.register(event.getId(), first.id());
		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(as(second)).with(csrf()))
			.flash()
			.containsEntry("flashError", "content.event.error.full");
		assertThat(mvc.get().uri("/evenements/" + event.getId()).with(as(second))).bodyText()
			.contains("Complet")
			.doesNotContain("Vous êtes inscrit·e");

		assertThat(
				mvc.post().uri("/evenements/" + event.getId() + "/inscription/annulation").with(as(first)).with(csrf()))
			.flash()
			.containsEntry("flash", "content.event.registrationCancelled");
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isZero();
		Map<String, Object> mail = awaitMail(first.email(), "Inscription annulée%");
		assertThat(new String((byte[]) mail.get("content"), StandardCharsets.UTF_8)).contains("METHOD:CANCEL");

		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(as(second)).with(csrf()))
			.flash()
			.containsEntry("flash", "content.event.registered");
	}

	@Test // #3
	void noRegistrationOnceTheEventHasStarted() {
		Event event = newEvent(5);
		jdbc.update(
				"update content.event set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'"
						+ " where id = ?",
				event.getId());
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		assertThat(mvc.post().uri("/evenements/" + event.getId() + "/inscription").with(as(person)).with(csrf()))
			.flash()
			.containsEntry("flashError", "content.event.error.started");
		assertThat(mvc.get().uri("/evenements/" + event.getId()).with(as(person))).bodyText()
			.contains("Les inscriptions sont closes");
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isZero();
	}

	@Test // #3
	void concurrentRegistrationsNeverExceedThePlaces() throws Exception {
		Event event = newEvent(3);
		List<CurrentUser> people = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			people.add(EventTestSupport.newBeneficiary(accounts));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> attempts = new ArrayList<>();
			for (CurrentUser person : people) {
				attempts.add(() -> attempt(event, person));
			}
			// the same person clicking several times at once
			for (int i = 0; i < 4; i++) {
				attempts.add(() -> attempt(event, people.get(0)));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> outcome : pool.invokeAll(attempts)) {
				outcomes.add(outcome.get());
			}
			assertThat(outcomes).filteredOn("REGISTERED"::equals).hasSizeLessThanOrEqualTo(3);
			assertThat(outcomes).doesNotContain("ERROR");
		}
		finally {
			pool.shutdown();
		}
		assertThat(registrations.countByEventIdAndActiveTrue(event.getId())).isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"select count(*) from content.event_registration where event_id = ? and person_id = ?", Integer.class,
				event.getId(), people.get(0).id()))
			.isLessThanOrEqualTo(1);
	}

	private String attempt(Event event, CurrentUser person) {
		try {
			return management.register(event.getId(), person.id()).name();
		}
		catch (EventRuleException ex) {
			return ex.messageKey();
		}
		catch (RuntimeException ex) {
			return "ERROR";
		}
	}

	Map<String, Object> awaitMail(String recipient, String subjectLike) {
		String sql = """
				select m.subject, m.text_body, a.file_name, a.content_type, a.content
				from notifications.outbox_mail m join notifications.outbox_mail_attachment a on a.mail_id = m.id
				where m.recipient = ? and m.subject like ?""";
		await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc.queryForList(sql, recipient, subjectLike).isEmpty());
		return jdbc.queryForList(sql, recipient, subjectLike).get(0);
	}

}
