package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.CaseloadSearch.CaseloadPage;
import org.boussole.accompaniment.CaseloadSearch.CaseloadRow;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The caseload as the day's work on generated data: search, filters, orders, pages, the
 * "to do" section, a constant number of SQL statements; and the team's load for the
 * structure's admins only.
 */
@AppIntegrationTest
class CaseloadIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private CaseloadTestData data(int count) {
		CaseloadTestData data = new CaseloadTestData(accounts, dossiers, transactions, jdbc);
		List<String> names = new ArrayList<>();
		names.add("Hélène Éclair");
		for (int i = 1; i < count; i++) {
			names.add("Personne " + (char) ('A' + i % 26) + String.format("%02d", i));
		}
		return data.followed(names.toArray(String[]::new));
	}

	@Test // #5
	void searchesByNameOrEmailIgnoringCaseAndAccents() {
		CaseloadTestData data = data(30);
		assertThat(page(data.counsellor, "?q=HELENE eclair").rows()).extracting(CaseloadRow::name)
			.containsExactly("Hélène Éclair " + data.tag);
		assertThat(page(data.counsellor, "?q=PERSONNE-3-" + data.tag.toUpperCase()).rows()).extracting(CaseloadRow::id)
			.containsExactly(data.dossiers.get(3));
		assertThat(page(data.counsellor, "?q=%25").total()).isZero();
		assertThat(page(data.counsellor, "?q=" + data.tag).total()).isEqualTo(30);
	}

	@Test // #5
	void filtersSortsAndCutsIntoPagesOf25() {
		CaseloadTestData data = data(30);
		data.close(data.dossiers.get(0));
		data.close(data.dossiers.get(1));
		CaseloadPage first = page(data.counsellor, "");
		assertThat(first.total()).isEqualTo(30);
		assertThat(first.rows()).hasSize(25);
		assertThat(first.pages()).isEqualTo(2);
		// last activity first: the two just closed
		assertThat(first.rows().subList(0, 2)).extracting(CaseloadRow::id)
			.containsExactlyInAnyOrder(data.dossiers.get(0), data.dossiers.get(1));
		assertThat(page(data.counsellor, "?page=2").rows()).hasSize(5);
		assertThat(page(data.counsellor, "?page=9").rows()).isEmpty();
		assertThat(page(data.counsellor, "?statut=closed").rows()).extracting(CaseloadRow::status)
			.hasSize(2)
			.containsOnly(DossierStatus.CLOSED);
		assertThat(page(data.counsellor, "?statut=open").total()).isEqualTo(28);
		List<String> byName = page(data.counsellor, "?tri=nom").rows().stream().map(CaseloadRow::name).toList();
		assertThat(byName.get(0)).startsWith("Hélène");
		assertThat(byName.subList(1, byName.size())).isSorted();
		assertThat(page(data.counsellor, "?tri=ouverture").rows().get(0).id()).isEqualTo(data.dossiers.get(0));
		assertThat(page(data.counsellor, "?tri=statut").rows().get(0).status()).isEqualTo(DossierStatus.OPEN);
		assertThat(
				mvc.get().uri("/conseil/dossiers?tri=nom&page=2&statut=open&q=" + data.tag).with(as(data.counsellor)))
			.hasStatusOk()
			.bodyText()
			.contains("28 dossier(s)")
			.contains("Page 2 sur 2");
	}

	@Test // #5
	void newAssignmentsAndUnreadMessagesNeedAction() {
		CaseloadTestData data = data(5);
		// all new: not opened yet by the counsellor
		assertThat(page(data.counsellor, "?action=1").total()).isEqualTo(5);
		for (UUID id : data.dossiers) {
			assertThat(mvc.get().uri("/conseil/dossiers/{id}", id).with(as(data.counsellor))).hasStatusOk();
		}
		assertThat(page(data.counsellor, "?action=1").total()).isZero();
		data.unreadMessage(data.dossiers.get(2));
		CaseloadPage todo = page(data.counsellor, "?action=1");
		assertThat(todo.rows()).extracting(CaseloadRow::id).containsExactly(data.dossiers.get(2));
		assertThat(todo.rows().get(0).unread()).isEqualTo(1);
		CaseloadViews.Caseload caseload = caseload(
				mvc.get().uri("/conseil/dossiers").with(as(data.counsellor)).exchange());
		assertThat(caseload.todo().rows()).extracting(CaseloadRow::id).containsExactly(data.dossiers.get(2));
	}

	@Test // #5
	void theCaseloadRunsTheSameSmallNumberOfStatementsFor5And30Dossiers() {
		CaseloadTestData few = data(5);
		CaseloadTestData many = data(30);
		many.unreadMessage(many.dossiers.get(4));
		long forFew = statements(few.counsellor, "/conseil/dossiers");
		long forMany = statements(many.counsellor, "/conseil/dossiers");
		long searched = statements(many.counsellor, "/conseil/dossiers?q=personne&statut=open&action=1&tri=nom&page=2");
		long asAdmin = statements(many.admin, "/conseil/dossiers?conseiller=" + many.counsellor.id());
		assertThat(forFew).isBetween(1L, 6L);
		assertThat(forMany).isEqualTo(forFew);
		assertThat(searched).isEqualTo(forFew);
		assertThat(asAdmin).isLessThanOrEqualTo(10L);
	}

	@Test // #5
	void adminsSeeTheirTeamsLoadAndTheCaseloadOfTheirCounsellorsOnly() {
		CaseloadTestData data = data(30);
		for (int i = 0; i < 5; i++) {
			data.close(data.dossiers.get(i));
		}
		data.unreadMessage(data.dossiers.get(10));
		data.unreadMessage(data.dossiers.get(10));
		data.unreadMessage(data.dossiers.get(11));
		data.requested();
		data.requested();

		MvcTestResult team = mvc.get().uri("/conseil/equipe").with(as(data.admin)).exchange();
		assertThat(team).hasStatusOk().bodyText().contains("2 demande(s) en attente");
		@SuppressWarnings("unchecked")
		List<TeamViews.TeamView> teams = (List<TeamViews.TeamView>) team.getMvcResult()
			.getModelAndView()
			.getModel()
			.get("teams");
		assertThat(teams).singleElement().satisfies(view -> {
			assertThat(view.structureId()).isEqualTo(data.structureId);
			assertThat(view.unassigned()).isEqualTo(2);
			// both joined the structure the same day: their order is not part of the
			// contract
			assertThat(view.counsellors()).extracting(TeamViews.CounsellorLoad::id)
				.containsExactlyInAnyOrder(data.counsellor.id(), data.colleague.id());
			assertThat(view.counsellors()).filteredOn(load -> load.id().equals(data.counsellor.id()))
				.singleElement()
				.extracting(TeamViews.CounsellorLoad::load)
				.isEqualTo(new TeamViews.Load(25, 5, 3));
			assertThat(view.counsellors()).filteredOn(load -> load.id().equals(data.colleague.id()))
				.singleElement()
				.extracting(TeamViews.CounsellorLoad::load)
				.isEqualTo(TeamViews.Load.NONE);
		});

		assertThat(mvc.get().uri("/conseil/dossiers?conseiller=" + data.counsellor.id()).with(as(data.admin)))
			.hasStatusOk()
			.bodyText()
			.contains("Dossiers de conseiller " + data.tag)
			.contains("30 dossier(s)");
		// a counsellor may see neither the team nor a colleague's caseload
		assertThat(mvc.get().uri("/conseil/equipe").with(as(data.counsellor))).hasStatus(403);
		assertThat(mvc.get().uri("/conseil/equipe/acces").with(as(data.counsellor))).hasStatus(403);
		assertThat(mvc.get().uri("/conseil/dossiers?conseiller=" + data.counsellor.id()).with(as(data.colleague)))
			.hasStatus(403);
		// an admin of another structure learns nothing
		CurrentUser otherAdmin = demo(accounts, "responsable.ofpc");
		assertThat(mvc.get().uri("/conseil/dossiers?conseiller=" + data.counsellor.id()).with(as(otherAdmin)))
			.hasStatus(404);
		assertThat(mvc.get().uri("/conseil/dossiers?conseiller=pas-un-id").with(as(data.admin))).hasStatus(404);
		assertThat(mvc.get().uri("/conseil/equipe").with(as(otherAdmin))).hasStatusOk()
			.bodyText()
			.doesNotContain(data.tag);
	}

	@Test // #5
	void adminsReadTheAccessLogOfTheirStructuresOnly() {
		CaseloadTestData data = data(2);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", data.dossiers.get(1)).with(as(data.counsellor)))
			.hasStatusOk();
		assertThat(mvc.get().uri("/conseil/equipe/acces").with(as(data.admin))).hasStatusOk()
			.bodyText()
			.contains("conseiller " + data.tag)
			.contains(data.beneficiaries.get(1).displayName())
			.contains("Consultation")
			.doesNotContain(data.beneficiaries.get(0).displayName());
		assertThat(mvc.get().uri("/conseil/equipe/acces?page=abc").with(as(demo(accounts, "responsable.ofpc"))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(data.tag);
	}

	private CaseloadPage page(CurrentUser user, String query) {
		return caseload(mvc.get().uri("/conseil/dossiers" + query).with(as(user)).exchange()).results();
	}

	private static CaseloadViews.Caseload caseload(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return (CaseloadViews.Caseload) result.getMvcResult().getModelAndView().getModel().get("caseload");
	}

	/**
	 * @return the statements prepared while the page is shown; the least of three runs,
	 * so that the scheduled jobs running meanwhile do not count
	 */
	private long statements(CurrentUser user, String uri) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			long least = Long.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				long before = statistics.getPrepareStatementCount();
				assertThat(mvc.get().uri(uri).with(as(user))).hasStatusOk();
				least = Math.min(least, statistics.getPrepareStatementCount() - before);
			}
			return least;
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
