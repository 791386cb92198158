package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.as;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For every address of a dossier, the people who must not reach it are refused, and the
 * attempt changes nothing: not the dossier, not its timeline, not the access log.
 */
@AppIntegrationTest
class DossierAccessIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AccessLogRepository accessLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	CurrentUser anne;

	CurrentUser person;

	UUID dossierId;

	@BeforeEach
	void aDossierFollowedByAnne() {
		CurrentUser admin = demo(accounts, "responsable.genevois");
		anne = demo(accounts, "conseillere.annemasse");
		person = AccompanimentTestSupport.newBeneficiary(accounts);
		dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(admin, dossierId, anne.id());
	}

	@Test // #5
	void everyDossierAddressRefusesStrangersAndChangesNothing() {
		String julienId = demo(accounts, "conseiller.stjulien").id().toString();
		List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(
				() -> MockMvcRequestBuilders.get("/conseil/dossiers/{id}", dossierId),
				() -> MockMvcRequestBuilders.post("/conseil/dossiers/{id}/cloturer", dossierId)
					.param("outcome", "JOB_FOUND"),
				() -> MockMvcRequestBuilders.post("/conseil/dossiers/{id}/rouvrir", dossierId),
				() -> MockMvcRequestBuilders.post("/conseil/dossiers/{id}/referent", dossierId)
					.param("counsellorId", julienId)
					.param("note", "Reprise"),
				() -> MockMvcRequestBuilders.post("/conseil/dossiers/{id}/attribuer", dossierId)
					.param("counsellorId", julienId));
		List<RequestPostProcessor> strangers = List.of(as(demo(accounts, "conseiller.chambery")),
				as(demo(accounts, "conseiller.stjulien")), as(demo(accounts, "responsable.ofpc")),
				as(demo(accounts, "karim.benali")), as(AccompanimentTestSupport.newBeneficiary(accounts)));
		long logBefore = accessLog.countByDossierId(dossierId);
		List<String> reached = new ArrayList<>();
		for (Supplier<MockHttpServletRequestBuilder> request : requests) {
			for (RequestPostProcessor stranger : strangers) {
				var result = mvc.perform(request.get().with(stranger).with(csrf()));
				int status = result.getResponse().getStatus();
				if (status != 404 && status != 403) {
					reached.add(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " -> "
							+ status);
				}
			}
			var anonymous = mvc.perform(request.get().with(csrf()));
			assertThat(anonymous.getResponse().getRedirectedUrl()).isNotNull().endsWith("/connexion");
		}
		assertThat(reached).as("dossier addresses reached by strangers").isEmpty();

		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		assertThat(dossier.getStatus()).isEqualTo(DossierStatus.OPEN);
		assertThat(dossier.getReferentId()).isEqualTo(anne.id());
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
				Integer.class, dossierId))
			.isEqualTo(2);
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(logBefore);
	}

	@Test // #5
	void everyMappedAddressOfADossierRefusesStrangersAndChangesNothing() {
		List<RequestPostProcessor> strangers = List.of(as(demo(accounts, "conseiller.chambery")),
				as(demo(accounts, "conseiller.stjulien")), as(demo(accounts, "responsable.ofpc")),
				as(demo(accounts, "karim.benali")), as(AccompanimentTestSupport.newBeneficiary(accounts)));
		assertStrangersReachNothing(strangers);
	}

	@Test // #21
	void aRemovedCounsellorAndABeneficiaryMadeStaffReachNoAddressOfTheDossier() {
		TeamSteps team = new TeamSteps(mvc, jdbc);
		CurrentUser admin = demo(accounts, "responsable.genevois");
		UUID genevois = jdbc.queryForObject("select structure_id from accompaniment.dossier where id = ?", UUID.class,
				dossierId);
		// the former referent, removed from the structure but still a counsellor at the
		// OFPC
		CurrentUser former = AccompanimentTestSupport.user(accounts.createActiveAccount(
				"ancien-" + UUID.randomUUID().toString().substring(0, 8) + "@accompaniment.test", "Ancien référent",
				java.util.EnumSet.of(org.boussole.accounts.Role.COUNSELLOR), AccompanimentTestSupport.PASSWORD));
		team.join(admin, genevois, former, "COUNSELLOR");
		CurrentUser ofpcAdmin = demo(accounts, "responsable.ofpc");
		UUID ofpc = jdbc.queryForObject(
				"select structure_id from network.staff_membership where account_id = ? and role = 'STRUCTURE_ADMIN'",
				UUID.class, ofpcAdmin.id());
		team.join(ofpcAdmin, ofpc, former, "COUNSELLOR");
		management.changeReferent(admin, dossierId, former.id(), "Passage de relais");
		team.remove(admin, genevois, former, "COUNSELLOR", anne, "Retour chez Anne");
		// the beneficiary of the dossier, made a counsellor of the same structure
		team.join(admin, genevois, person, "COUNSELLOR");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(dossiers.findById(dossierId).orElseThrow().getReferentId()).isEqualTo(anne.id()));
		long events = jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
				Long.class, dossierId);
		long logBefore = accessLog.countByDossierId(dossierId);
		// each of them even while the dossier names them as its referent (as it did the
		// former one before the handover, and as a forged assignment would the person)
		for (CurrentUser stranger : List.of(TeamSteps.loggedInAgain(former, jdbc),
				TeamSteps.loggedInAgain(person, jdbc))) {
			jdbc.update("update accompaniment.dossier set referent_id = ? where id = ?", stranger.id(), dossierId);
			assertThat(reached(mappedRequests(), List.of(as(stranger)))).as("dossier addresses reached").isEmpty();
		}
		jdbc.update("update accompaniment.dossier set referent_id = ? where id = ?", anne.id(), dossierId);
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
				Long.class, dossierId))
			.isEqualTo(events);
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(logBefore);
	}

	private void assertStrangersReachNothing(List<RequestPostProcessor> strangers) {
		List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = mappedRequests();
		assertThat(requests).as("the dossier's addresses").hasSizeGreaterThanOrEqualTo(8);
		long logBefore = accessLog.countByDossierId(dossierId);
		assertThat(reached(requests, strangers)).as("dossier addresses reached by strangers").isEmpty();
		for (Supplier<AbstractMockHttpServletRequestBuilder<?>> request : requests) {
			var anonymous = mvc.perform(request.get().with(csrf()));
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(anonymous.getRequest().getRequestURI())
				.isNotNull()
				.endsWith("/connexion");
		}
		assertThat(dossiers.findById(dossierId).orElseThrow().getStatus()).isEqualTo(DossierStatus.OPEN);
		for (String table : List.of("dossier_event", "message", "note", "attachment")) {
			assertThat(jdbc.queryForObject("select count(*) from accompaniment." + table + " where dossier_id = ?",
					Integer.class, dossierId))
				.as(table)
				.isEqualTo(table.equals("dossier_event") ? 2 : 0);
		}
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(logBefore);
	}

	private List<String> reached(List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests,
			List<RequestPostProcessor> strangers) {
		List<String> reached = new ArrayList<>();
		for (Supplier<AbstractMockHttpServletRequestBuilder<?>> request : requests) {
			for (RequestPostProcessor stranger : strangers) {
				var result = mvc.perform(request.get().with(stranger).with(csrf()));
				int status = result.getResponse().getStatus();
				if (status != 404 && status != 403) {
					reached.add(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " -> "
							+ status);
				}
			}
		}
		return reached;
	}

	private List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> mappedRequests() {
		String julienId = demo(accounts, "conseiller.stjulien").id().toString();
		List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/conseil/dossiers/{id}")) {
					continue;
				}
				String path = pattern.replace("{id}", dossierId.toString())
					.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					// forms are sent as multipart, as the message form is: the other
					// forms
					// read their fields the same way
					requests.add(() -> ((method == RequestMethod.GET) ? MockMvcRequestBuilders.get(path)
							: MockMvcRequestBuilders.multipart(method.asHttpMethod(), path))
						.param("text", "Intrusion")
						.param("outcome", "JOB_FOUND")
						.param("visibility", "SHARED")
						.param("dossier", dossierId.toString())
						.param("token", UUID.randomUUID().toString())
						.param("counsellorId", julienId)
						.param("note", "Reprise"));
				}
			}
		});
		return requests;
	}

	@Test // #5
	void aBeneficiarySeesOnlyTheirOwnDossierAndOtherCaseloadsDoNotListIt() {
		CurrentUser other = AccompanimentTestSupport.newBeneficiary(accounts);
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(other))).hasStatusOk()
			.bodyText()
			.contains("pas encore demandé")
			.doesNotContain("Anne Conseillère (démo)");
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(demo(accounts, "conseiller.stjulien")))).hasStatusOk()
			.bodyText()
			.doesNotContain(person.displayName());
		assertThat(mvc.get().uri("/conseil/dossiers").with(as(other))).hasStatus(403);
		assertThat(mvc.get().uri("/conseil/file").with(as(anne))).hasStatus(403);
	}

	@Test // #5
	void theReferentsAccessIsRecorded() {
		long before = accessLog.countByDossierId(dossierId);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", dossierId).with(as(anne))).hasStatusOk()
			.bodyText()
			.contains(person.displayName(), "Je voudrais travailler dans le soin.");
		assertThat(accessLog.countByDossierId(dossierId)).isEqualTo(before + 1);
		assertThat(mvc.get().uri("/conseil/dossiers/{id}", "pas-un-identifiant").with(as(anne))).hasStatus(404);
	}

	@Test // #5
	void theDemoBeneficiariesHaveTheirDossiers() {
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(demo(accounts, "camille.martin")))).hasStatusOk()
			.bodyText()
			.contains("Ouvert", "Anne Conseillère (démo)");
		assertThat(mvc.get().uri("/mon-accompagnement").with(as(demo(accounts, "lea.dubois")))).hasStatusOk()
			.bodyText()
			.contains("Clôturé", "Entrée en formation");
		assertThat(mvc.get().uri("/conseil/file").with(as(demo(accounts, "responsable.ofpc")))).hasStatusOk()
			.bodyText()
			.contains("Demande du");
	}

}
