package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each person cancels or moves an appointment from their own side only: a counsellor who
 * also holds the beneficiary role cannot act through the beneficiary's pages, and the
 * beneficiary cannot act through the staff pages.
 */
@AppIntegrationTest
class AppointmentSideIntegrationTests {

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

	@Test // #2
	void theCounsellorCannotCancelOrMoveThroughTheBeneficiarysPagesNorTheBeneficiaryThroughTheStaffPages() {
		CurrentUser counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		CurrentUser person = AppointmentTestSupport.followedBy(context, accounts, counsellor);
		UUID id = management.book(person, availability.freeSlots(counsellor.id(), null).get(0).start(),
				MeetingMode.VIDEO, null);
		String other = availability.freeSlots(counsellor.id(), null).get(2).start().toString();
		// the same counsellor, as if they also held the beneficiary role (and the person
		// the
		// counsellor's): the accounts hold these roles, as the sessions check
		jdbc.update("insert into accounts.user_role (user_id, role) values (?, 'BENEFICIARY')", counsellor.id());
		jdbc.update("insert into accounts.user_role (user_id, role) values (?, 'COUNSELLOR')", person.id());
		CurrentUser both = new CurrentUser(counsellor.id(), counsellor.email(), counsellor.displayName(),
				EnumSet.of(Role.COUNSELLOR, Role.BENEFICIARY), false);
		CurrentUser personAsStaff = new CurrentUser(person.id(), person.email(), person.displayName(),
				EnumSet.of(Role.COUNSELLOR, Role.BENEFICIARY), false);

		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/annuler").with(as(both))
			.with(csrf())
			.param("reason", "Par la mauvaise porte"))).hasStatus(404);
		assertThat(mvc.perform(post("/mon-accompagnement/rendez-vous/" + id + "/deplacer").with(as(both))
			.with(csrf())
			.param("slot", other)
			.param("reason", "Par la mauvaise porte"))).hasStatus(404);
		assertThat(mvc.perform(get("/mon-accompagnement/rendez-vous/" + id + "/deplacer").with(as(both))))
			.hasStatus(404);
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/annuler").with(as(personAsStaff))
			.with(csrf())
			.param("reason", "Par la mauvaise porte"))).hasStatus(404);
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/deplacer").with(as(personAsStaff))
			.with(csrf())
			.param("slot", other)
			.param("reason", "Par la mauvaise porte"))).hasStatus(404);

		assertThat(jdbc.queryForMap("select status, sequence from accompaniment.appointment where id = ?", id))
			.containsEntry("status", "BOOKED")
			.containsEntry("sequence", 0);

		// from their own side, it works
		assertThat(mvc.perform(post("/conseil/rendez-vous/" + id + "/annuler").with(as(counsellor))
			.with(csrf())
			.param("reason", "Formation imprévue"))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from accompaniment.appointment where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
	}

}
