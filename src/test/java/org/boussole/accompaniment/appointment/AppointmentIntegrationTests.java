package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Booking, moving, cancelling and recording appointments through the pages: only free
 * slots of the referent, never twice the same time (even at the same moment), the mails
 * with their calendar entry, the timeline, and everyone else refused with nothing
 * changed.
 */
@AppIntegrationTest
class AppointmentIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AvailabilityRuleRepository rules;

	@Autowired
	AvailabilityManagement availability;

	@Autowired
	AppointmentManagement management;

	@Autowired
	ReminderJob reminders;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	CurrentUser person;

	@BeforeEach
	void aPersonFollowedByAnAvailableCounsellor() {
		counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		person = AppointmentTestSupport.followedBy(context, accounts, counsellor);
	}

	Instant freeSlot(int index) {
		return availability.freeSlots(counsellor.id(), null).get(index).start();
	}

	MvcTestResult book(CurrentUser who, String slot, String mode) {
		return mvc.perform(post("/mon-accompagnement/rendez-vous").with(as(who))
			.with(csrf())
			.param("slot", slot)
			.param("mode", mode)
			.param("phoneNumber", "06 12 34 56 78"));
	}

	UUID bookedId(MvcTestResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/mon-accompagnement/rendez-vous/");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	int appointmentsOf(CurrentUser who) {
		return jdbc.queryForObject("select count(*) from accompaniment.appointment where beneficiary_id = ?",
				Integer.class, who.id());
	}

	List<String> timeline(CurrentUser who) {
		return jdbc.queryForList("""
				select e.type from accompaniment.dossier_event e join accompaniment.dossier d on d.id = e.dossier_id
				where d.beneficiary_id = ? order by e.at""", String.class, who.id());
	}

	Map<String, Object> awaitMail(String recipient, String subjectLike) {
		String sql = """
				select m.subject, m.text_body, a.file_name, a.content_type, convert_from(a.content, 'UTF8') as ics
				from notifications.outbox_mail m join notifications.outbox_mail_attachment a on a.mail_id = m.id
				where m.recipient = ? and m.subject like ? order by m.created_at desc""";
		await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc.queryForList(sql, recipient, subjectLike).isEmpty());
		return jdbc.queryForList(sql, recipient, subjectLike).get(0);
	}

	@Test // #2
	void theBeneficiaryBooksAVideoSlotAndBothGetTheCalendarEntry() {
		Instant slot = freeSlot(0);
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous").with(as(person)))).hasStatusOk()
			.bodyText()
			.contains(slot.toString());

		MvcTestResult result = book(person, slot.toString(), "VIDEO");

		UUID id = bookedId(result);
		Map<String, Object> row = jdbc.queryForMap("select * from accompaniment.appointment where id = ?", id);
		assertThat(row.get("status")).isEqualTo("BOOKED");
		assertThat(row.get("counsellor_id")).isEqualTo(counsellor.id());
		assertThat((String) row.get("video_link")).matches("https://meet\\.jit\\.si/boussole-[0-9a-f]{32}");
		assertThat(timeline(person)).contains("APPT_BOOKED");
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/" + id).with(as(person)))).hasStatusOk()
			.bodyText()
			.contains((String) row.get("video_link"));

		Map<String, Object> mail = awaitMail(person.email(), "Rendez-vous confirmé%");
		assertThat(mail.get("file_name")).isEqualTo("rendez-vous.ics");
		assertThat((String) mail.get("content_type")).contains("method=REQUEST");
		assertThat((String) mail.get("ics")).contains("METHOD:REQUEST", "UID:" + id + "@rendez-vous.boussole",
				"SEQUENCE:0");
		assertThat((String) mail.get("text_body")).contains("en visio", (String) row.get("video_link"));
		assertThat(awaitMail(counsellor.email(), "Rendez-vous confirmé%").get("ics")).asString().contains("UID:" + id);
	}

	@Test // #2
	void refusesASlotInThePastOutsideAvailabilityBeyondTheHorizonOrBadlyWritten() {
		Instant valid = freeSlot(0);
		List<String> refused = List.of(Instant.now().minus(Duration.ofDays(1)).toString(),
				valid.plus(Duration.ofMinutes(30)).toString(), valid.plus(Duration.ofDays(70)).toString(),
				"demain à 9 h", "");
		for (String slot : refused) {
			assertThat(book(person, slot, "VIDEO")).hasStatusOk()
				.bodyText()
				.containsAnyOf("n'est pas disponible", "pas une date", "Choisissez un créneau");
		}
		// a mode the slot does not offer
		assertThat(book(person, valid.toString(), "IN_PERSON")).hasStatusOk().bodyText().contains("pas proposé");
		assertThat(appointmentsOf(person)).isZero();
	}

	@Test // #2
	void onlyOneOfSeveralPeopleBookingTheSameSlotAtTheSameMomentGetsIt() throws Exception {
		Instant slot = freeSlot(1);
		List<CurrentUser> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(AppointmentTestSupport.followedBy(context, accounts, counsellor));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		List<Future<String>> outcomes = new ArrayList<>();
		for (CurrentUser who : people) {
			Callable<String> booking = () -> {
				start.await();
				try {
					management.book(who, slot, MeetingMode.VIDEO, null);
					return "BOOKED";
				}
				catch (AppointmentRefused refused) {
					return refused.messageKey();
				}
			};
			outcomes.add(pool.submit(booking));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn("BOOKED"::equals).hasSize(1);
		assertThat(results).filteredOn(r -> !r.equals("BOOKED"))
			.allMatch(r -> r.equals(AppointmentRefused.TAKEN) || r.equals(AppointmentRefused.NOT_FREE));
		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.appointment where counsellor_id = ? and start_at = ? and status = 'BOOKED'",
				Integer.class, counsellor.id(), java.sql.Timestamp.from(slot)))
			.isEqualTo(1);
	}

	@Test // #2
	void theDatabaseItselfRefusesAnOverlappingBookedAppointment() {
		UUID id = management.book(person, freeSlot(0), MeetingMode.PHONE, "0612345678");
		assertThatThrownBy(() -> jdbc.update("""
				insert into accompaniment.appointment (id, dossier_id, counsellor_id, beneficiary_id, start_at, end_at,
				  zone, mode, status, sequence, created_at, updated_at, version)
				select gen_random_uuid(), dossier_id, counsellor_id, beneficiary_id, start_at + interval '30 minutes',
				  end_at + interval '30 minutes', zone, 'VIDEO', 'BOOKED', 0, now(), now(), 0
				from accompaniment.appointment where id = ?""", id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test // #2
	void eitherPersonMovesOrCancelsWithAReasonUpToTheNotice() {
		UUID id = bookedId(book(person, freeSlot(0).toString(), "VIDEO"));
		Instant other = freeSlot(2);

		// no reason: nothing changes
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/deplacer").with(as(counsellor))
			.with(csrf())
			.param("slot", other.toString())
			.param("reason", " "))).hasStatusOk().bodyText().contains("Indiquez le motif");
		assertThat(
				jdbc.queryForObject("select sequence from accompaniment.appointment where id = ?", Integer.class, id))
			.isZero();

		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/deplacer").with(as(counsellor))
			.with(csrf())
			.param("slot", other.toString())
			.param("reason", "Réunion d'équipe"))).hasStatus3xxRedirection();
		Map<String, Object> moved = jdbc.queryForMap("select * from accompaniment.appointment where id = ?", id);
		assertThat(((java.sql.Timestamp) moved.get("start_at")).toInstant()).isEqualTo(other);
		assertThat(moved.get("sequence")).isEqualTo(1);
		assertThat((String) awaitMail(person.email(), "Rendez-vous déplacé%").get("ics")).contains("SEQUENCE:1",
				"METHOD:REQUEST");

		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/annuler").with(as(person))
			.with(csrf())
			.param("reason", "Entretien d'embauche ce jour-là"))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
		Map<String, Object> mail = awaitMail(counsellor.email(), "Rendez-vous annulé%");
		assertThat((String) mail.get("ics")).contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED");
		assertThat(timeline(person)).contains("APPT_BOOKED", "APPT_RESCHEDULED", "APPT_CANCELLED");

		// a cancelled appointment cannot be moved
		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/deplacer").with(as(person))
			.with(csrf())
			.param("slot", freeSlot(3).toString())
			.param("reason", "Finalement"))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.NOT_BOOKED);
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
	}

	@Test // #2
	void tooCloseAnAppointmentIsNeitherMovedNorCancelledOnline() {
		UUID id = bookedId(book(person, freeSlot(0).toString(), "VIDEO"));
		jdbc.update(
				"update accompaniment.appointment set start_at = now() + interval '2 hours', end_at = now() + interval '3 hours' where id = ?",
				id);
		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/annuler").with(as(person))
			.with(csrf())
			.param("reason", "Empêchement"))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", AppointmentRefused.TOO_LATE);
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("BOOKED");
	}

	@Test // #2
	void anotherBeneficiaryOrCounsellorIsToldTheAppointmentDoesNotExist() {
		UUID id = bookedId(book(person, freeSlot(0).toString(), "VIDEO"));
		CurrentUser stranger = AppointmentTestSupport.followedBy(context, accounts, counsellor);
		CurrentUser otherCounsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);

		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/" + id).with(as(stranger)))).hasStatus(404);
		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/annuler").with(as(stranger))
			.with(csrf())
			.param("reason", "Je veux ce créneau"))).hasStatus(404);
		assertThat(mvc.perform(get("/conseil/rendez-vous/" + id).with(as(otherCounsellor)))).hasStatus(404);
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/compte-rendu").with(as(otherCounsellor))
			.with(csrf())
			.param("outcome", "MISSED"))).hasStatus(404);
		assertThat(mvc.perform(get("/conseil/rendez-vous/pas-un-id").with(as(counsellor)))).hasStatus(404);
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("BOOKED");
	}

	@Test // #2
	void theCounsellorRecordsAnHonouredAppointmentWithASharedSummaryAndAPrivateNote() {
		UUID id = bookedId(book(person, freeSlot(0).toString(), "PHONE"));
		// not yet: it has not started
		mvc.perform(post("/conseil/rendez-vous/" + id + "/compte-rendu").with(as(counsellor))
			.with(csrf())
			.param("outcome", "HONOURED"));
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("BOOKED");
		jdbc.update(
				"update accompaniment.appointment set start_at = now() - interval '2 hours', end_at = now() - interval '1 hour' where id = ?",
				id);
		assertThat(mvc.perform(get("/conseil/agenda").param("jour", java.time.LocalDate.now().toString())
			.param("vue", "jour")
			.with(as(counsellor)))).hasStatusOk().bodyText().contains(person.displayName());

		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/compte-rendu").with(as(counsellor))
			.with(csrf())
			.param("outcome", "HONOURED")
			.param("summary", "Projet d'aide-soignante <b>confirmé</b>")
			.param("nextSteps", "Contacter l'IFAS")
			.param("privateNote", "Fatigue visible"))).hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("HONOURED");
		assertThat(timeline(person)).contains("APPT_HONOURED");
		// a phone appointment that took place: the round trip to the site was avoided
		assertThat(jdbc.queryForObject("select travel_avoided_km from accompaniment.appointment where id = ?",
				java.math.BigDecimal.class, id))
			.isNotNull();
		assertThat(mvc.perform(get("/conseil/rendez-vous/" + id).with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Trajet évité");
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/" + id).with(as(person)))).hasStatusOk()
			.bodyText()
			.contains("IFAS", "&lt;b&gt;confirmé")
			.doesNotContain("Fatigue visible");
	}

	@Test // #2
	void remindsTheBeneficiaryOnceTheDayBefore() {
		UUID id = management.book(person, freeSlot(0), MeetingMode.VIDEO, null);
		jdbc.update(
				"update accompaniment.appointment set start_at = now() + interval '20 hours', end_at = now() + interval '21 hours' where id = ?",
				id);
		Instant late = Instant.now().plus(Duration.ofHours(19));
		reminders.remindAt(late);
		assertThat(jdbc.queryForObject("select reminded_at is not null from accompaniment.appointment where id = ?",
				Boolean.class, id))
			.isTrue();
		awaitMail(person.email(), "Rappel%");
		reminders.remindAt(late);
		assertThat(jdbc.queryForObject(
				"select count(*) from notifications.outbox_mail where recipient = ? and subject like 'Rappel%'",
				Integer.class, person.email()))
			.isEqualTo(1);
	}

	@Test // #2
	void aCounsellorManagesTheirOwnAvailabilityWithErrorsNextToTheFields() {
		CurrentUser fresh = AppointmentTestSupport.newAccount(accounts, "conseillere",
				org.boussole.accounts.Role.COUNSELLOR);
		assertThat(mvc.perform(post("/conseil/disponibilites/regles").with(as(fresh))
			.with(csrf())
			.param("day", "TUESDAY")
			.param("start", "25:00")
			.param("end", "10:00")
			.param("siteId", "")
			.param("slotMinutes", "5"))).hasStatusOk()
			.bodyText()
			.contains("format HH:MM", "entre 15 et 240", "au moins un mode", "aria-invalid=\"true\"");
		assertThat(availability.rulesOf(fresh.id())).isEmpty();

		assertThat(mvc.perform(post("/conseil/disponibilites/regles").with(as(fresh))
			.with(csrf())
			.param("day", "WEDNESDAY")
			.param("start", "14:00")
			.param("end", "17:00")
			.param("siteId", "")
			.param("modes", "VIDEO", "PHONE")
			.param("slotMinutes", "45"))).hasStatus3xxRedirection();
		assertThat(availability.rulesOf(fresh.id())).hasSize(1);

		assertThat(mvc.perform(post("/conseil/disponibilites/absences").with(as(fresh))
			.with(csrf())
			.param("firstDay", "2026-12-24")
			.param("lastDay", "24/12/2026")
			.param("reason", "Congés"))).hasStatusOk().bodyText().contains("AAAA-MM-JJ");

		// someone else's rule cannot be removed
		UUID rule = availability.rulesOf(counsellor.id()).get(0).getId();
		assertThat(
				mvc.perform(post("/conseil/disponibilites/regles/" + rule + "/supprimer").with(as(fresh)).with(csrf())))
			.hasStatus(404);
		assertThat(availability.rulesOf(counsellor.id())).hasSize(7);
		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(fresh)))).hasStatusOk()
			.bodyText()
			.contains("Mercredi de 14:00 à 17:00");
	}

	@Test // #2
	void theCounsellorsPrivateCalendarFeedShowsTheirAgendaUntilRenewed() {
		UUID id = bookedId(book(person, freeSlot(0).toString(), "VIDEO"));
		assertThat(mvc.perform(post("/conseil/agenda/flux").with(as(counsellor)).with(csrf())))
			.hasStatus3xxRedirection();
		String token = jdbc.queryForObject("select token from accompaniment.calendar_feed where counsellor_id = ?",
				String.class, counsellor.id());
		assertThat(mvc.perform(get("/conseil/agenda/flux").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("/agenda/" + token + ".ics");

		MvcTestResult feed = mvc.perform(get("/agenda/" + token + ".ics"));
		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		assertThat(feed).bodyText()
			.contains("BEGIN:VCALENDAR", "UID:" + id + "@rendez-vous.boussole", "en visio")
			.doesNotContain(person.displayName());

		mvc.perform(post("/conseil/agenda/flux").with(as(counsellor)).with(csrf()));
		assertThat(mvc.perform(get("/agenda/" + token + ".ics"))).hasStatus(404);
		assertThat(mvc.perform(get("/agenda/pas-un-jeton.ics"))).hasStatus(404);
	}

}
