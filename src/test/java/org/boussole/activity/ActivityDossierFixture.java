package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the integration tests of the activities start from: a fresh counsellor following a
 * fresh person in an open dossier, and the referent's way of giving them an activity.
 */
abstract class ActivityDossierFixture {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	CurrentUser person;

	UUID dossierId;

	@BeforeEach
	void aPersonFollowedByACounsellor() {
		counsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		dossierId = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
	}

	UUID builtIn(String key) {
		return jdbc.queryForObject("select id from activity.template where builtin_key = ?", UUID.class, key);
	}

	/**
	 * @return the activity the referent gave from the built-in template of that key
	 */
	UUID assign(String key) {
		return assign(builtIn(key), "instructions", "");
	}

	/**
	 * @param form names and values of the form's other fields, e.g. "dueDate",
	 * "2026-12-01"
	 * @return the activity the referent gave from that template
	 */
	UUID assign(UUID template, String... form) {
		MockHttpServletRequestBuilder request = post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", template.toString());
		for (int i = 0; i + 1 < form.length; i += 2) {
			request.param(form[i], form[i + 1]);
		}
		assertThat(mvc.perform(request)).hasStatus3xxRedirection();
		return jdbc.queryForObject(
				"select id from activity.activity where dossier_id = ? order by assigned_at desc limit 1", UUID.class,
				dossierId);
	}

}
