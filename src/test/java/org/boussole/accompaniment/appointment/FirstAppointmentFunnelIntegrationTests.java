package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.audience.AudienceReport;
import org.boussole.audience.FunnelStep;
import org.boussole.audience.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The first appointment honoured of a dossier is counted once in the audience funnel, on
 * the day of that appointment: neither a missed appointment, nor a correction of the
 * outcome, nor another appointment honoured later counts. Each test works on a day of its
 * own, long ago, so that the other tests sharing the database do not move its count.
 */
@AppIntegrationTest
class FirstAppointmentFunnelIntegrationTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
	AudienceReport report;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	CurrentUser person;

	UUID dossierId;

	LocalDate day;

	@BeforeEach
	void aPersonFollowedByAnAvailableCounsellorAndADayOfTheirOwn() {
		counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		person = AppointmentTestSupport.followedBy(context, accounts, counsellor);
		dossierId = jdbc.queryForObject("select id from accompaniment.dossier where beneficiary_id = ?", UUID.class,
				person.id());
		day = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
	}

	/**
	 * @return a new appointment of the person, held on the day of the test at that hour
	 * (Paris), over by now
	 */
	UUID heldAt(int hour) {
		UUID id = management.book(person, availability.freeSlots(counsellor.id(), null).get(0).start(),
				MeetingMode.VIDEO, null);
		Instant start = day.atTime(hour, 0).atZone(PARIS).toInstant();
		jdbc.update("update accompaniment.appointment set start_at = ?, end_at = ? where id = ?", Timestamp.from(start),
				Timestamp.from(start.plus(Duration.ofHours(1))), id);
		return id;
	}

	void record(UUID appointmentId, String outcome) {
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + appointmentId + "/compte-rendu").with(as(counsellor))
			.with(csrf())
			.param("outcome", outcome))).hasStatus3xxRedirection().flash().containsKey("flash");
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class,
				appointmentId))
			.isEqualTo(outcome);
	}

	/**
	 * @return the count of the day in the audience report, once every announcement about
	 * the dossier was counted (a counted one leaves the registry of publications)
	 */
	long firstAppointmentsCounted() {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject(
					"select count(*) from event_publication where event_type like '%FirstAppointmentHonoured' and serialized_event like ?",
					Integer.class, "%" + dossierId + "%") == 0);
		return report.compare(new Period(day, day)).funnel().get(FunnelStep.FIRST_APPOINTMENT);
	}

	@Test // #8
	void theFirstAppointmentHonouredCountsOnceOnItsDayWhateverIsCorrectedOrHonouredLater() {
		long before = firstAppointmentsCounted();
		UUID first = heldAt(10);

		record(first, "MISSED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select first_honoured_at from accompaniment.dossier where id = ?",
				Timestamp.class, dossierId))
			.isNull();

		record(first, "HONOURED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select first_honoured_at from accompaniment.dossier where id = ?",
				Timestamp.class, dossierId))
			.isNotNull();
		// corrected to missed, then honoured again
		record(first, "MISSED");
		record(first, "HONOURED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before + 1);

		// corrected to missed, and another appointment honoured later
		record(first, "MISSED");
		UUID second = heldAt(14);
		record(second, "HONOURED");
		record(second, "LATE_CANCELLED");
		record(second, "HONOURED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before + 1);
		assertThat(jdbc.queryForList("""
				select e.type from accompaniment.dossier_event e where e.dossier_id = ? and e.type like 'APPT_%'
				and e.type not in ('APPT_BOOKED') order by e.at""", String.class, dossierId)).containsExactly(
				"APPT_MISSED", "APPT_HONOURED", "APPT_MISSED", "APPT_HONOURED", "APPT_MISSED", "APPT_HONOURED",
				"APPT_LATE_CANCELLED", "APPT_HONOURED");
	}

	@Test // #8
	void aMissedOrLateCancelledAppointmentCountsNothing() {
		long before = firstAppointmentsCounted();
		record(heldAt(9), "MISSED");
		record(heldAt(11), "LATE_CANCELLED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select first_honoured_at is null from accompaniment.dossier where id = ?",
				Boolean.class, dossierId))
			.isTrue();
	}

	@Test // #8
	void anAppointmentHonouredBeforeTheMarkerExistedIsNeverCountedByACorrection() throws IOException {
		long before = firstAppointmentsCounted();
		UUID earlier = heldAt(10);
		// recorded as honoured before the dossiers kept their first appointment honoured
		jdbc.update("update accompaniment.appointment set status = 'HONOURED' where id = ?", earlier);
		jdbc.update("""
				insert into accompaniment.dossier_event (id, dossier_id, type, at) values (?, ?, 'APPT_HONOURED', ?)""",
				UUID.randomUUID(), dossierId, Timestamp.from(Instant.now()));
		String migration = new ClassPathResource("db/migration/accompaniment/V9__first_appointment_honoured.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		jdbc.update(migration.substring(migration.indexOf("update accompaniment.dossier")));
		assertThat(jdbc.queryForObject("select first_honoured_at is not null from accompaniment.dossier where id = ?",
				Boolean.class, dossierId))
			.isTrue();

		record(earlier, "MISSED");
		record(earlier, "HONOURED");
		record(heldAt(15), "HONOURED");
		assertThat(firstAppointmentsCounted()).isEqualTo(before);
	}

	@Test // #8
	void twoAppointmentsHonouredAtTheSameMomentCountOnce() throws Exception {
		long before = firstAppointmentsCounted();
		List<UUID> held = List.of(heldAt(8), heldAt(10), heldAt(12), heldAt(14));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(held.size());
		List<Future<?>> outcomes = new ArrayList<>();
		for (UUID id : held) {
			outcomes.add(pool.submit(() -> {
				start.await();
				management.recordOutcome(counsellor, id, AppointmentStatus.HONOURED, null, null, null);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> outcome : outcomes) {
			outcome.get();
		}
		pool.shutdown();

		assertThat(jdbc.queryForObject(
				"select count(*) from accompaniment.appointment where dossier_id = ? and status = 'HONOURED'",
				Integer.class, dossierId))
			.isEqualTo(held.size());
		assertThat(firstAppointmentsCounted()).isEqualTo(before + 1);
	}

}
