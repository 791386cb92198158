package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.network.NetworkTestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import jakarta.persistence.EntityManagerFactory;

/**
 * The structure administrator enters a site's opening hours and closures on the site's
 * page, with French messages next to the fields when something is wrong (and nothing
 * changed); other modules read them for many sites at once.
 */
@AppIntegrationTest
class SiteHoursIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NetworkAdministration admin;

	@Autowired
	StaffManagement staff;

	@Autowired
	NetworkManagement network;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	CurrentUser networkAdmin = NetworkTestUsers.networkAdmin();

	CurrentUser structureAdmin;

	UUID structure;

	UUID site;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void aStructureWithASiteAndItsAdministrator() {
		structure = admin.createStructure(networkAdmin, "Horaires " + suffix, Country.FR, null);
		site = admin.createSite(networkAdmin, structure,
				new SiteDetails("Site " + suffix, "1 rue des Tests", "74100", "Annemasse", null, null, null));
		var account = accounts.createActiveAccount("horaires-" + suffix + "@network.test", "Resp " + suffix,
				EnumSet.of(Role.STRUCTURE_ADMIN), "Une phrase de passe assez longue 42");
		structureAdmin = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
		staff.addMembership(admin.structure(networkAdmin, structure), account.id(), StaffRole.STRUCTURE_ADMIN);
	}

	@AfterEach
	void keepTheCentreFinderClean() {
		admin.setStructureActive(networkAdmin, structure, false);
	}

	String base() {
		return "/admin/reseau/structures/" + structure + "/sites/" + site;
	}

	int openings() {
		return jdbc.queryForObject("select count(*) from network.site_opening where site_id = ?", Integer.class, site);
	}

	int closures() {
		return jdbc.queryForObject("select count(*) from network.site_closure where site_id = ?", Integer.class, site);
	}

	@Test // #2
	void theStructureAdministratorEntersSeveralRangesADayAndAClosure() {
		assertThat(mvc.post()
			.uri(base() + "/horaires")
			.with(as(structureAdmin))
			.with(csrf())
			.param("day", "MONDAY")
			.param("opens", "09:00")
			.param("closes", "12:30")).hasStatus3xxRedirection().flash().containsEntry("flash", "network.hours.added");
		assertThat(mvc.post()
			.uri(base() + "/horaires")
			.with(as(structureAdmin))
			.with(csrf())
			.param("day", "MONDAY")
			.param("opens", "14:00")
			.param("closes", "17:00")).hasStatus3xxRedirection();
		String first = LocalDate.now().plusDays(10).toString();
		assertThat(mvc.post()
			.uri(base() + "/fermetures")
			.with(as(structureAdmin))
			.with(csrf())
			.param("firstDay", first)
			.param("lastDay", first)
			.param("reason", "Travaux <b>électriques</b>")).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(base() + "/modifier").with(as(structureAdmin))).hasStatusOk()
			.bodyText()
			.contains("Lundi de 09:00 à 12:30", "Lundi de 14:00 à 17:00", "Travaux &lt;b&gt;électriques&lt;/b&gt;");
		SiteCalendar calendar = network.siteCalendars(List.of(site), LocalDate.now()).get(site);
		assertThat(calendar.openings()).containsExactly(
				new SiteCalendar.Opening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
				new SiteCalendar.Opening(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)));
		assertThat(calendar.closedOn(LocalDate.parse(first))).isTrue();

		// and removes a range
		UUID morning = jdbc.queryForObject("select id from network.site_opening where site_id = ? and opens = '09:00'",
				UUID.class, site);
		assertThat(mvc.post().uri(base() + "/horaires/" + morning + "/supprimer").with(as(structureAdmin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(openings()).isEqualTo(1);
	}

	@Test // #2
	void wrongHoursAndClosuresGetAFrenchMessageNextToTheFieldAndChangeNothing() {
		record Case(String day, String opens, String closes, String message) {
		}
		admin.structure(networkAdmin, structure);
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 2, '09:00', '12:00')", site);
		for (Case bad : List.of(new Case("TUESDAY", "10:00", "09:00", "doit venir après l&#39;heure d&#39;ouverture"),
				new Case("TUESDAY", "11:00", "13:00", "chevauche une plage"),
				new Case("TUESDAY", "9 h", "13:00", "format HH:MM"),
				new Case("FUNDAY", "09:00", "10:00", "Choisissez un jour"))) {
			assertThat(mvc.post()
				.uri(base() + "/horaires")
				.with(as(structureAdmin))
				.with(csrf())
				.param("day", bad.day())
				.param("opens", bad.opens())
				.param("closes", bad.closes())).hasStatusOk()
				.bodyText()
				.contains(bad.message(), "aria-invalid=\"true\"", "value=\"" + bad.opens() + "\"");
		}
		assertThat(openings()).isEqualTo(1);

		String today = LocalDate.now().toString();
		String yesterday = LocalDate.now().minusDays(2).toString();
		assertThat(mvc.post()
			.uri(base() + "/fermetures")
			.with(as(structureAdmin))
			.with(csrf())
			.param("firstDay", today)
			.param("lastDay", yesterday)
			.param("reason", "")).hasStatusOk()
			.bodyText()
			.contains("Le dernier jour doit être le premier jour ou venir après", "Indiquez le motif");
		assertThat(mvc.post()
			.uri(base() + "/fermetures")
			.with(as(structureAdmin))
			.with(csrf())
			.param("firstDay", "24/12/2026")
			.param("lastDay", today)
			.param("reason", "Noël")).hasStatusOk().bodyText().contains("AAAA-MM-JJ");
		assertThat(mvc.post()
			.uri(base() + "/fermetures")
			.with(as(structureAdmin))
			.with(csrf())
			.param("firstDay", yesterday)
			.param("lastDay", yesterday)
			.param("reason", "Oubli")).hasStatusOk().bodyText().contains("déjà passée");
		assertThat(closures()).isZero();
	}

	@Test // #2
	void theAdministratorOfAnotherStructureChangesNothing() {
		UUID otherStructure = admin.createStructure(networkAdmin, "Voisine " + suffix, Country.FR, null);
		var account = accounts.createActiveAccount("voisine-" + suffix + "@network.test", "Voisine " + suffix,
				EnumSet.of(Role.STRUCTURE_ADMIN), "Une phrase de passe assez longue 42");
		CurrentUser stranger = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(),
				false);
		staff.addMembership(admin.structure(networkAdmin, otherStructure), account.id(), StaffRole.STRUCTURE_ADMIN);
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 1, '09:00', '12:00')", site);
		UUID opening = jdbc.queryForObject("select id from network.site_opening where site_id = ?", UUID.class, site);

		assertThat(mvc.post()
			.uri(base() + "/horaires")
			.with(as(stranger))
			.with(csrf())
			.param("day", "FRIDAY")
			.param("opens", "09:00")
			.param("closes", "10:00")).hasStatus(403);
		assertThat(mvc.post().uri(base() + "/horaires/" + opening + "/supprimer").with(as(stranger)).with(csrf()))
			.hasStatus(403);
		// the site under another structure's address is not found
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/" + otherStructure + "/sites/" + site + "/fermetures")
			.with(as(stranger))
			.with(csrf())
			.param("firstDay", LocalDate.now().toString())
			.param("lastDay", LocalDate.now().toString())
			.param("reason", "Travaux")).hasStatus(404);
		assertThat(openings()).isEqualTo(1);
		assertThat(closures()).isZero();
		admin.setStructureActive(networkAdmin, otherStructure, false);
	}

	@Test // #2
	void theCalendarsOfManySitesAreReadInTwoStatements() {
		List<UUID> many = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			UUID id = admin.createSite(networkAdmin, structure,
					new SiteDetails("Site " + i + " " + suffix, "1 rue", "74100", "Annemasse", null, null, null));
			jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 3, '09:00', '12:00')", id);
			jdbc.update("""
					insert into network.site_closure values (gen_random_uuid(), ?, current_date, current_date + 1,
					'Inventaire', now())""", id);
			many.add(id);
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			long least = Long.MAX_VALUE;
			Map<UUID, SiteCalendar> calendars = Map.of();
			// the least of ten runs: the statistics are global, and a scheduled job or a
			// listener (outbox, reminders, publications) may run a statement meanwhile
			for (int run = 0; run < 10; run++) {
				statistics.clear();
				calendars = network.siteCalendars(many, LocalDate.now());
				least = Math.min(least, statistics.getPrepareStatementCount());
			}
			assertThat(least).isLessThanOrEqualTo(2);
			assertThat(calendars).hasSize(12);
			assertThat(calendars.values()).allSatisfy(calendar -> {
				assertThat(calendar.openings()).hasSize(1);
				assertThat(calendar.closedOn(LocalDate.now())).isTrue();
			});
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
