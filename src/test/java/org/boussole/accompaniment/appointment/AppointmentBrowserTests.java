package org.boussole.accompaniment.appointment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A beneficiary books a video appointment with their referent and gets the confirmation
 * with the meeting link; the counsellor finds it in their agenda and, once it took place,
 * records it as honoured with a summary.
 */
class AppointmentBrowserTests extends BrowserTest {

	static final String ANNE = "conseillere.annemasse@demo.boussole.test";

	@Autowired
	AccountManagement accounts;

	@Autowired
	AvailabilityRuleRepository rules;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@BrowserJourney // #6
	void aBeneficiaryBooksAVideoAppointmentAndTheCounsellorRecordsIt() {
		CurrentUser anne = AppointmentTestSupport.user(accounts.findByEmail(ANNE).orElseThrow());
		if (rules.findByCounsellorIdOrderByDayOfWeekAscStartTimeAsc(anne.id()).isEmpty()) {
			rules.save(new AvailabilityRule(anne.id(), new SlotCalculator.Rule(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0),
					LocalTime.of(17, 0), null, EnumSet.of(MeetingMode.VIDEO), 60, ZoneId.of("Europe/Paris")),
					Instant.now()));
		}
		CurrentUser person = AppointmentTestSupport.followedBy(context, accounts, anne);

		logIn(person.email(), AppointmentTestSupport.PASSWORD);
		Page page = open("/mon-accompagnement");
		activate(page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes rendez-vous").setExact(true)));
		assertThat(page).hasURL(url("/mon-accompagnement/rendez-vous"));
		assertBasicAccessibility(page);
		assertNoHorizontalScroll(page);
		Locator slot = page.locator("input[name=slot]").first();
		String start = slot.getAttribute("value");
		slot.check();
		page.locator("main").getByLabel("En visio", new Locator.GetByLabelOptions().setExact(true)).check();
		activate(button(page, "Réserver ce rendez-vous"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre rendez-vous est réservé");
		assertThat(page.locator("main .appointment-url")).containsText("https://meet.jit.si/boussole-");
		assertNoHorizontalScroll(page);
		String path = page.url().substring(page.url().indexOf("/mon-accompagnement/rendez-vous/"));
		UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

		context().clearCookies();
		logIn(ANNE, "Demo-Boussole-2026");
		String day = Instant.parse(start).atZone(ZoneId.of("Europe/Paris")).toLocalDate().toString();
		open("/conseil/agenda?vue=semaine&jour=" + day);
		assertThat(page.locator("main")).containsText(person.displayName());
		assertNoHorizontalScroll(page);
		// the appointment took place: an hour ago
		jdbc.update(
				"update accompaniment.appointment set start_at = now() - interval '2 hours', end_at = now() - interval '1 hour' where id = ?",
				id);
		open("/conseil/rendez-vous/" + id);
		page.locator("main").getByLabel("Honoré", new Locator.GetByLabelOptions().setExact(true)).check();
		page.locator("main").getByLabel("Compte rendu (partagé avec la personne)").fill("Projet confirmé.");
		activate(button(page, "Enregistrer"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le compte rendu est enregistré.");
		assertThat(page.locator("main .appointment-status")).hasText("Honoré");
	}

	private void logIn(String email, String password) {
		Page page = open("/connexion");
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
		activate(button(page, "Se connecter"));
		assertThat(page).not().hasURL(url("/connexion"));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
