package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The caseload of a counsellor with 300 dossiers and the page of a dossier with 500
 * timeline entries run a small number of SQL statements, the same as with a handful (no
 * N+1), and the dossier page shows only the latest entries of a long timeline.
 */
@AppIntegrationTest
class PageQueriesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellorWith(int count, int eventsOnFirst, List<UUID> created) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser counsellor = AccompanimentTestSupport
			.user(accounts.createActiveAccount("charge-" + id + "@accompaniment.test", "Conseillère " + id,
					EnumSet.of(Role.COUNSELLOR), AccompanimentTestSupport.PASSWORD));
		SiteSummary site = network.sitesOf(network.allStructures().get(0).id()).get(0);
		jdbc.update(
				"insert into network.staff_membership (id, account_id, structure_id, role, since) "
						+ "values (?, ?, ?, 'COUNSELLOR', current_date)",
				UUID.randomUUID(), counsellor.id(), site.structureId());
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				UUID person = beneficiary(id + "-" + i);
				Dossier dossier = Dossier.request(person, site.structureId(), site.id(),
						AccompanimentTestSupport.details("74100"), Instant.now());
				dossier.assign(counsellor.id(), null, Instant.now());
				if (i == 0) {
					for (int e = 0; e < eventsOnFirst; e++) {
						dossier.recordMessage(person, Instant.now().plusMillis(e));
					}
				}
				created.add(dossiers.save(dossier).getId());
			}
		});
		return counsellor;
	}

	/** A beneficiary account written directly, without the cost of hashing a password. */
	UUID beneficiary(String key) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"insert into accounts.user_account (id, email, display_name, status, locale, created_at) "
						+ "values (?, ?, ?, 'ACTIVE', 'fr', now())",
				id, "personne-" + key + "@accompaniment.test", "Personne " + key);
		jdbc.update("insert into accounts.user_role (user_id, role) values (?, 'BENEFICIARY')", id);
		return id;
	}

	long statements(Runnable page) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			page.run(); // warm: first rendering of the templates
			// the least of three runs: the statistics are global, and a scheduled job
			// (outbox, audience, publications) may run a statement meanwhile
			long least = Long.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				statistics.clear();
				page.run();
				least = Math.min(least, statistics.getPrepareStatementCount());
			}
			return least;
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	@Test // #5
	void teamQueueAndCounsellorCaseloadRunTheSameStatementsForOneStructureOrMany() {
		CaseloadTestData one = new CaseloadTestData(accounts, dossiers, transactions, jdbc).followed("Alix");
		CaseloadTestData four = new CaseloadTestData(accounts, dossiers, transactions, jdbc).followed("Basile")
			.administersMore(3);

		for (String page : List.of("/conseil/equipe", "/conseil/file", "/conseil/dossiers?conseiller=%s")) {
			long forOne = statements(
					() -> assertThat(mvc.get().uri(page.formatted(one.counsellor.id())).with(as(one.admin)))
						.hasStatusOk());
			long forFour = statements(
					() -> assertThat(mvc.get().uri(page.formatted(four.counsellor.id())).with(as(four.admin)))
						.hasStatusOk());
			System.out.printf("SQL statements of %s: %d (1 structure) / %d (4 structures)%n", page, forOne, forFour);
			assertThat(forFour).as("statements of %s for an admin of 4 structures", page).isEqualTo(forOne);
		}
		assertThat(mvc.get().uri("/conseil/file").with(as(four.admin))).bodyText()
			.contains("Autre structure 0 " + four.tag, "Autre structure 2 " + four.tag, "conseiller 2 " + four.tag);
	}

	@Test // #5
	void theDossierPageChecksAccessAndLoadsTheDossierOnce() {
		CaseloadTestData data = new CaseloadTestData(accounts, dossiers, transactions, jdbc).followed("Capucine");
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			for (CurrentUser staff : List.of(data.counsellor, data.admin)) {
				assertThat(mvc.get().uri("/conseil/dossiers/{id}", data.dossiers.get(0)).with(as(staff))).hasStatusOk();
				statistics.clear();
				assertThat(mvc.get().uri("/conseil/dossiers/{id}", data.dossiers.get(0)).with(as(staff))).hasStatusOk()
					.bodyText()
					.contains("Notes et comptes rendus");
				assertThat(statistics.getEntityStatistics(Dossier.class.getName()).getLoadCount())
					.as("dossier loads of the page")
					.isOne();
			}
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	@Test // #5
	void caseloadAndDossierPagesRunTheSameFewStatementsWhateverTheirSize() {
		List<UUID> small = new ArrayList<>();
		CurrentUser few = counsellorWith(3, 3, small);
		List<UUID> big = new ArrayList<>();
		CurrentUser many = counsellorWith(300, 500, big);

		long caseloadFew = statements(() -> assertThat(mvc.get().uri("/conseil/dossiers").with(as(few))).hasStatusOk());
		long caseloadMany = statements(
				() -> assertThat(mvc.get().uri("/conseil/dossiers").with(as(many))).hasStatusOk());
		long dossierFew = statements(
				() -> assertThat(mvc.get().uri("/conseil/dossiers/{id}", small.get(0)).with(as(few))).hasStatusOk());
		long dossierMany = statements(
				() -> assertThat(mvc.get().uri("/conseil/dossiers/{id}", big.get(0)).with(as(many))).hasStatusOk());
		System.out.printf(
				"SQL statements: caseload %d (3 dossiers) / %d (300 dossiers); "
						+ "dossier page %d (4 timeline entries) / %d (502 timeline entries)%n",
				caseloadFew, caseloadMany, dossierFew, dossierMany);

		assertThat(caseloadMany).isLessThanOrEqualTo(10).isEqualTo(caseloadFew);
		assertThat(dossierMany).isLessThanOrEqualTo(15).isEqualTo(dossierFew);

		assertThat(mvc.get().uri("/conseil/dossiers/{id}", big.get(0)).with(as(many))).bodyText()
			.contains("Les 50 entrées les plus récentes sur 502", "historique=tout", "historique (502 entrées)");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}?historique=tout", big.get(0)).with(as(many))).bodyText()
			.doesNotContain("Les 50 entrées les plus récentes");
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", small.get(0)).with(as(few))).bodyText()
			.doesNotContain("historique=tout");
	}

}
