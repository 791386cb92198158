package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A counsellor leaves the structure: the appointments they still had there are cancelled
 * with a reason the person understands, both are told, and the counsellor can no longer
 * open them.
 */
@AppIntegrationTest
class CounsellorDepartureIntegrationTests {

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
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test // #21
	void theComingAppointmentsOfACounsellorWhoLeavesAreCancelledAndTheyCanNoLongerOpenThem() {
		CurrentUser counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		CurrentUser person = AppointmentTestSupport.followedBy(context, accounts, counsellor);
		UUID id = management.book(person, availability.freeSlots(counsellor.id(), null).get(0).start(),
				MeetingMode.VIDEO, null);
		assertThat(mvc.get().uri("/conseil/rendez-vous/{id}", id).with(as(counsellor))).hasStatusOk();
		CurrentUser admin = AppointmentTestSupport
			.user(accounts.findByEmail("responsable.genevois@demo.boussole.test").orElseThrow());
		var membership = jdbc.queryForMap(
				"select id, structure_id from network.staff_membership where account_id = ? and role = 'COUNSELLOR'",
				counsellor.id());

		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{s}/equipe/{m}/retirer", membership.get("structure_id"),
					membership.get("id"))
			.with(as(admin))
			.with(csrf())).hasStatus3xxRedirection();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
				.isEqualTo("CANCELLED"));
		assertThat(jdbc.queryForObject("select cancellation_reason from accompaniment.appointment where id = ?",
				String.class, id))
			.contains("ne travaille plus dans la structure");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"select count(*) from notifications.outbox_mail where recipient = ? and subject like '%annulé%'",
					Integer.class, person.email()))
				.isEqualTo(1));
		CurrentUser again = new CurrentUser(counsellor.id(), counsellor.email(), counsellor.displayName(),
				counsellor.roles(), false, 1);
		jdbc.update("insert into accounts.user_role (user_id, role) values (?, 'COUNSELLOR') on conflict do nothing",
				counsellor.id());
		assertThat(mvc.get().uri("/conseil/rendez-vous/{id}", id).with(as(again))).hasStatus(404);
		assertThat(mvc.get().uri("/mon-accompagnement/rendez-vous/{id}", id).with(as(person))).hasStatusOk()
			.bodyText()
			.contains("ne travaille plus dans la structure");
	}

}
