package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public page of a site shows its weekly opening hours as a table, closed days
 * included, and its closures of the coming 60 days; the free text only when no weekly
 * hours were entered.
 */
@AppIntegrationTest
class SitePublicHoursIntegrationTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	UUID structure;

	@BeforeEach
	void anOpenStructure() {
		structure = UUID.randomUUID();
		jdbc.update(
				"insert into network.structure (id, name, country, active, created_at) values (?, ?, 'FR', true, now())",
				structure, "Structure publique " + structure);
	}

	UUID site(String freeText) {
		UUID site = UUID.randomUUID();
		// far out at sea, so that no search finds it first
		jdbc.update(
				"""
						insert into network.site (id, structure_id, name, address_line, postal_code, commune, latitude, longitude,
						  opening_hours, active) values (?, ?, 'Centre des horaires', '2 quai', '13002', 'Marseille', 41.0, 5.5, ?, true)""",
				site, structure, freeText);
		return site;
	}

	String page(UUID site, String language) throws Exception {
		var result = mvc.get().uri("/centres/" + site).param("lang", language).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test // #2
	void showsTheWeeklyHoursAsATableWithClosedDaysAndTheComingClosures() throws Exception {
		UUID site = site("Sur rendez-vous le samedi");
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 1, '09:00', '12:30')", site);
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 1, '14:00', '17:00')", site);
		jdbc.update("insert into network.site_opening values (gen_random_uuid(), ?, 3, '09:00', '12:00')", site);
		LocalDate today = LocalDate.now(PARIS);
		LocalDate soon = today.plusDays(10);
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Inventaire', now())", site,
				soon, soon);
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Travaux d''été', now())",
				site, today.plusDays(20), today.plusDays(25));
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Bien plus tard', now())",
				site, today.plusDays(61), today.plusDays(62));
		jdbc.update("insert into network.site_closure values (gen_random_uuid(), ?, ?, ?, 'Déjà passée', now())", site,
				today.minusDays(5), today.minusDays(1));

		String page = page(site, "fr");
		assertThat(page)
			.contains("<table class=\"site-week\">", "<th scope=\"col\">Jour</th>", "<th scope=\"row\">Lundi</th>",
					"<td>9 h – 12 h 30, 14 h – 17 h</td>", "<th scope=\"row\">Mardi</th>", "<td>Fermé</td>",
					"<td>9 h – 12 h</td>", "Fermetures à venir", "Inventaire", "Travaux d&#39;été")
			.doesNotContain("Sur rendez-vous le samedi", "Bien plus tard", "Déjà passée");
		assertThat(page.indexOf("Lundi")).isLessThan(page.indexOf("Mardi"));
		assertThat(page).contains("Fermé le "
				+ java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH).format(soon)
				+ " : Inventaire");

		assertThat(page(site, "en")).contains("Opening hours", "<th scope=\"row\">Monday</th>",
				"<td>9:00 – 12:30, 14:00 – 17:00</td>", "<td>Closed</td>", "Coming closures", "Closed on");
	}

	@Test // #2
	void showsTheFreeTextOnlyWhenNoWeeklyHoursWereEntered() throws Exception {
		UUID site = site("Lundi au vendredi : 9 h – 17 h\nSur rendez-vous le samedi");
		assertThat(page(site, "fr"))
			.contains("Horaires d&#39;ouverture", "Lundi au vendredi : 9 h – 17 h", "Sur rendez-vous le samedi")
			.doesNotContain("site-week", "Fermetures à venir");
	}

}
