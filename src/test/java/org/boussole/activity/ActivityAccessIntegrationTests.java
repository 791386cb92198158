package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may act on the activities of a dossier: its referent and the admins of its
 * structure on the staff side, its beneficiary on theirs. Every address of the activity
 * pages, found in the handler mappings, refuses a counsellor of another structure,
 * another counsellor of the same structure, another beneficiary and a visitor, and
 * nothing changes.
 */
@AppIntegrationTest
class ActivityAccessIntegrationTests {

	static final String DEMO = "@demo.boussole.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NetworkManagement network;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	CurrentUser counsellor;

	CurrentUser person;

	UUID dossierId;

	UUID structureId;

	@BeforeEach
	void aDossierNearAnnemasse() {
		counsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		dossierId = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
		structureId = jdbc.queryForObject("select structure_id from accompaniment.dossier where id = ?", UUID.class,
				dossierId);
	}

	CurrentUser demo(String login) {
		return ActivityTestSupport.user(accounts.findByEmail(login + DEMO).orElseThrow());
	}

	UUID builtIn(String key) {
		return jdbc.queryForObject("select id from activity.template where builtin_key = ?", UUID.class, key);
	}

	UUID latestActivity() {
		return jdbc.queryForObject(
				"select id from activity.activity where dossier_id = ? order by assigned_at desc limit 1", UUID.class,
				dossierId);
	}

	@Test // #2
	void anAdminOfTheDossiersStructureActsAsReferent() throws Exception {
		CurrentUser admin = network.administeredBy(demo("responsable.genevois").id())
			.stream()
			.anyMatch(s -> s.id().equals(structureId)) ? demo("responsable.genevois") : null;
		assertThat(admin).as("the admin of the structure of the dossier").isNotNull();
		assertThat(mvc.perform(get("/conseil/dossiers/{id}/activites", dossierId).with(as(admin)))).hasStatusOk();
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(admin))
			.with(csrf())
			.param("templateId", builtIn("premier-entretien").toString())
			.param("instructions", "Donnée par la responsable.")
			.param("dueDate", ""))).hasStatus3xxRedirection();
		UUID activityId = latestActivity();
		assertThat(
				jdbc.queryForObject("select assigned_by from activity.activity where id = ?", UUID.class, activityId))
			.isEqualTo(admin.id());
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "envoyer")
			.param("q_situation", "En formation")
			.param("q_attentes", "Me former"))).hasStatus3xxRedirection();
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}", dossierId, activityId).with(as(admin))))
			.hasStatusOk()
			.bodyText()
			.contains("En formation");
		assertThat(mvc.perform(get("/conseil/dossiers/{d}/activites/{id}/pdf", dossierId, activityId).with(as(admin))))
			.hasStatusOk();
		assertThat(mvc.perform(post("/conseil/dossiers/{d}/activites/{id}/echeance", dossierId, activityId)
			.with(as(admin))
			.with(csrf())
			.param("dueDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10).toString())))
			.hasStatus3xxRedirection();
		assertThat(mvc.perform(post("/conseil/dossiers/{d}/activites/{id}/avis", dossierId, activityId).with(as(admin))
			.with(csrf())
			.param("decision", "accepter")
			.param("comment", "Relu par la responsable."))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForMap("select status, reviewed_by from activity.activity where id = ?", activityId))
			.containsEntry("status", "ACCEPTED")
			.containsEntry("reviewed_by", admin.id());
	}

	@Test // #2
	void everyAddressOfTheActivityPagesRefusesStrangersAndChangesNothing() throws Exception {
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", builtIn("premier-entretien").toString())
			.param("dueDate", ""))).hasStatus3xxRedirection();
		UUID activityId = latestActivity();
		assertThat(mvc.perform(post("/mon-accompagnement/activites/{id}", activityId).with(as(person))
			.with(csrf())
			.param("action", "envoyer")
			.param("q_situation", "Mon texte")
			.param("q_attentes", "Me former"))).hasStatus3xxRedirection();

		List<String> paths = new ArrayList<>();
		List<Supplier<MockHttpServletRequestBuilder>> requests = new ArrayList<>();
		String templateId = builtIn("plan-action").toString();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Class<?> type = handler.getBeanType();
			if (type != StaffActivityController.class && type != BeneficiaryActivityController.class) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replace("{dossierId}", dossierId.toString())
					.replace("{id}", activityId.toString())
					// the files of an activity are behind the same checks (a real file in
					// ActivityFilesIntegrationTests)
					.replace("{fileId}", UUID.randomUUID().toString());
				assertThat(path).as("every variable of %s is known", pattern).doesNotContain("{");
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					boolean autosave = info.getHeadersCondition()
						.getExpressions()
						.stream()
						.anyMatch(e -> e.getName().equals("X-Autosave"));
					paths.add(method + " " + path + (autosave ? " (autosave)" : ""));
					requests.add(() -> {
						MockHttpServletRequestBuilder request = MockMvcRequestBuilders
							.request(method.asHttpMethod(), path)
							.param("action", "envoyer")
							.param("q_situation", "Intrusion")
							.param("q_attentes", "Me former")
							.param("templateId", templateId)
							.param("instructions", "Intrusion")
							.param("dueDate", "2031-01-01")
							.param("decision", "accepter")
							.param("comment", "Intrusion");
						return autosave ? request.header("X-Autosave", "1") : request;
					});
				}
			}
		});
		assertThat(paths).as("the activity addresses").hasSizeGreaterThanOrEqualTo(9);

		CurrentUser otherStructure = demo("conseiller.chambery");
		CurrentUser sameStructure = demo("conseillere.annemasse");
		assertThat(network.isMember(otherStructure.id(), structureId)).isFalse();
		assertThat(network.isMember(sameStructure.id(), structureId)).isTrue();
		assertThat(network.isStructureAdmin(sameStructure.id(), structureId)).isFalse();
		CurrentUser otherPerson = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		AppointmentTestDossiers.openDossier(context, otherPerson.id(), sameStructure.id());
		Map<String, CurrentUser> strangers = Map.of("counsellor of another structure", otherStructure,
				"other counsellor of the structure", sameStructure, "other beneficiary", otherPerson);

		Map<String, Object> before = state(activityId);
		List<String> reached = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			String path = paths.get(i);
			boolean ownList = path.endsWith("/mon-accompagnement/activites");
			for (Map.Entry<String, CurrentUser> stranger : strangers.entrySet()) {
				MvcTestResult result = mvc.perform(requests.get(i).get().with(as(stranger.getValue())).with(csrf()));
				int status = result.getResponse().getStatus();
				if (ownList && status == 200) {
					// the list of one's own activities: this one is not in it
					assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
						.doesNotContain(activityId.toString());
				}
				else if (status != 404 && status != 403) {
					reached.add(path + " by " + stranger.getKey() + " -> " + status);
				}
			}
			RequestPostProcessor nobody = request -> request;
			MvcTestResult anonymous = mvc.perform(requests.get(i).get().with(nobody).with(csrf()));
			int status = anonymous.getResponse().getStatus();
			boolean toLogin = anonymous.getResponse().getRedirectedUrl() != null
					&& anonymous.getResponse().getRedirectedUrl().endsWith("/connexion");
			if (!toLogin && status != 401 && status != 403) {
				reached.add(path + " by a visitor -> " + status);
			}
		}
		assertThat(reached).as("activity addresses reached by strangers, among %s", paths).isEmpty();
		assertThat(state(activityId)).isEqualTo(before);
	}

	/** What a stranger could have changed: the dossier's activities and its timeline. */
	Map<String, Object> state(UUID activityId) {
		return Map.of("activity",
				jdbc.queryForMap("select status, answers, due_date, review_comment, reviewed_by, saved_at, version "
						+ "from activity.activity where id = ?", activityId)
					.toString(),
				"activities",
				jdbc.queryForObject("select count(*) from activity.activity where dossier_id = ?", Long.class,
						dossierId),
				"timeline", jdbc.queryForObject("select count(*) from accompaniment.dossier_event where dossier_id = ?",
						Long.class, dossierId));
	}

}
