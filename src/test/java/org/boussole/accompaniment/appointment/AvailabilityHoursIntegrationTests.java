package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.appointment.AppointmentTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The availability page warns a counsellor whose in-person availability lies outside the
 * opening hours of its site, or on a day it is closed; remote availabilities never.
 */
@AppIntegrationTest
class AvailabilityHoursIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AvailabilityManagement availability;

	CurrentUser counsellor;

	UUID site;

	@BeforeEach
	void aCounsellorOfAStructureWhoseSiteOpensOnWeekdayMornings() {
		UUID structure = UUID.randomUUID();
		jdbc.update(
				"insert into network.structure (id, name, country, active, created_at) values (?, ?, 'FR', false, now())",
				structure, "Structure horaires " + structure);
		site = UUID.randomUUID();
		jdbc.update(
				"""
						insert into network.site (id, structure_id, name, address_line, postal_code, commune, latitude, longitude,
						  active) values (?, ?, 'Site Gambetta', '1 rue Gambetta', '74100', 'Annemasse', 46.19, 6.23, false)""",
				site, structure);
		for (int day = 1; day <= 5; day++) {
			jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, ?, '09:00', '12:30')", site,
					day);
		}
		counsellor = AppointmentTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		jdbc.update(
				"insert into network.staff_membership (id, account_id, structure_id, role, since) "
						+ "values (?, ?, ?, 'COUNSELLOR', current_date)",
				UUID.randomUUID(), counsellor.id(), structure);
	}

	MvcTestResult addRule(String day, String start, String end, String siteId, String... modes) {
		var request = post("/conseil/disponibilites/regles").with(as(counsellor))
			.with(csrf())
			.param("day", day)
			.param("start", start)
			.param("end", end)
			.param("siteId", siteId)
			.param("slotMinutes", "60");
		for (String mode : modes) {
			request.param("modes", mode);
		}
		return mvc.perform(request);
	}

	@Test // #2
	void anInPersonRuleBeyondTheSitesHoursIsKeptAndWarnedAboutNextToIt() {
		assertThat(addRule("TUESDAY", "08:00", "14:00", site.toString(), "IN_PERSON")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.appointment.ruleAddedOutsideHours");
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.availability_rule where counsellor_id = ?",
				Integer.class, counsellor.id()))
			.isOne();

		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Attention : hors des horaires d&#39;ouverture du site",
					"Cette disponibilité dépasse les horaires d&#39;ouverture de Site Gambetta le mardi (9 h – 12 h 30)",
					"n&#39;y seront proposés que pendant ces horaires", "Ajoutez la visio ou le téléphone");
	}

	@Test // #2
	void aRuleOnADayTheSiteIsClosedIsWarnedAboutInEnglishToo() {
		assertThat(addRule("SATURDAY", "09:00", "12:00", site.toString(), "IN_PERSON", "VIDEO"))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.appointment.ruleAddedOutsideHours");

		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Site Gambetta est fermé le samedi", "restent proposés en dehors de ces horaires");
		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(counsellor)).param("lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("Warning: outside the site&#39;s opening hours", "Site Gambetta is closed on Saturday",
					"still offered outside these hours");
	}

	@Test // #2
	void aRuleWithinTheHoursOrRemoteGetsNoWarning() {
		assertThat(addRule("MONDAY", "09:00", "12:00", site.toString(), "IN_PERSON")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.appointment.ruleAdded");
		assertThat(addRule("SUNDAY", "07:00", "21:00", "", "VIDEO", "PHONE")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "accompaniment.appointment.ruleAdded");

		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.doesNotContain("hors des horaires", "availability-warning");
	}

	@Test // #2
	void aClosureOnTheRulesDayIsListedNextToIt() {
		java.time.LocalDate next = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
			.plusDays(3)
			.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Travaux', now())", site,
				next, next);
		addRule("WEDNESDAY", "09:00", "12:00", site.toString(), "IN_PERSON");

		assertThat(mvc.perform(get("/conseil/disponibilites").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Site Gambetta sera fermé le " + next.getDayOfMonth() + " ",
					"aucun rendez-vous en personne ces jours-là");
	}

}
