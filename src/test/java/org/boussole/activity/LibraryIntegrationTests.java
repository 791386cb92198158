package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.activity.ActivityTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The library through its pages: copying, editing (a new version that activities already
 * given do not see), exporting and importing, hostile files refused, and who may change
 * what.
 */
@AppIntegrationTest
class LibraryIntegrationTests {

	static final String SMALL = """
			{"title": "Ma petite activité", "sections": [{"title": "Partie", "questions": [
			{"id": "idee", "label": "Votre idée ?", "type": "SHORT_TEXT", "required": true}]}]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser counsellor;

	@BeforeEach
	void aCounsellor() {
		counsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
	}

	UUID builtIn(String key) {
		return jdbc.queryForObject("select id from activity.template where builtin_key = ?", UUID.class, key);
	}

	UUID redirectedId(MvcTestResult result) {
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	MvcTestResult importFile(CurrentUser who, byte[] content, String target) {
		return mvc.perform(multipart("/conseil/activites/import")
			.file(new MockMultipartFile("file", "activite.json", "application/json", content))
			.param("target", target)
			.with(as(who))
			.with(csrf()));
	}

	long templates() {
		return jdbc.queryForObject("select count(*) from activity.template", Long.class);
	}

	long versions() {
		return jdbc.queryForObject("select count(*) from activity.template_version", Long.class);
	}

	@Test // #2
	void aCounsellorSeesTheBuiltInTemplatesAndTheirPreview() {
		assertThat(mvc.perform(get("/conseil/activites").with(as(counsellor)))).hasStatusOk()
			.bodyText()
			.contains("Préparer mon premier entretien")
			.contains("Mes centres d&#39;intérêt")
			.contains("Mon avis sur l&#39;accompagnement");
		assertThat(mvc.perform(get("/conseil/activites/{id}", builtIn("centres-interet")).with(as(counsellor))))
			.hasStatusOk()
			.bodyText()
			.contains("J&#39;ai envie de créer, construire, rénover")
			.doesNotContain("Modifier la définition");
	}

	@Test // #2
	void editingACopyMakesANewVersionThatActivitiesAlreadyGivenDoNotSee() {
		UUID copy = redirectedId(
				mvc.perform(post("/conseil/activites/{id}/copie", builtIn("apres-entretien")).with(as(counsellor))
					.with(csrf())
					.param("target", "COUNSELLOR")));
		CurrentUser person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		UUID dossierId = AppointmentTestDossiers.openDossier(context, person.id(), counsellor.id());
		assertThat(mvc.perform(post("/conseil/dossiers/{id}/activites", dossierId).with(as(counsellor))
			.with(csrf())
			.param("templateId", copy.toString()))).hasStatus3xxRedirection();
		UUID activityId = jdbc.queryForObject("select id from activity.activity where dossier_id = ?", UUID.class,
				dossierId);

		assertThat(mvc.perform(post("/conseil/activites/{id}/modifier", copy).with(as(counsellor))
			.with(csrf())
			.param("definition", SMALL))).hasStatus3xxRedirection();
		assertThat(
				jdbc.queryForObject("select current_version from activity.template where id = ?", Integer.class, copy))
			.isEqualTo(2);
		assertThat(mvc.perform(get("/conseil/activites/{id}", copy).with(as(counsellor)))).bodyText()
			.contains("Votre idée ?");
		// the activity given before keeps the questions it was given with
		assertThat(mvc.perform(get("/mon-accompagnement/activites/{id}", activityId).with(as(person)))).bodyText()
			.contains("Que retenez-vous de cet entretien ?")
			.doesNotContain("Votre idée ?");
	}

	@Test // #2
	void aRefusedDefinitionIsShownWithItsProblemsAndNothingChanges() {
		UUID own = redirectedId(importFile(counsellor, SMALL.getBytes(StandardCharsets.UTF_8), "COUNSELLOR"));
		long before = versions();
		assertThat(mvc.perform(post("/conseil/activites/{id}/modifier", own).with(as(counsellor))
			.with(csrf())
			.param("definition",
					SMALL.replace("SHORT_TEXT", "HOLOGRAM").replace("Votre idée ?", "<script>x</script>"))))
			.hasStatus(422)
			.bodyText()
			.contains("le type « HOLOGRAM » est inconnu")
			.contains("ne doit pas contenir de balises")
			.contains("HOLOGRAM")
			.doesNotContain("<script>x</script>");
		assertThat(versions()).isEqualTo(before);
	}

	@Test // #2
	void hostileFilesAreRefusedWithAFrenchMessage() {
		long before = templates();
		String many = IntStream.range(0, 10_000)
			.mapToObj(i -> "{\"id\": \"q%d\", \"label\": \"Q\", \"type\": \"DATE\"}".formatted(i))
			.collect(Collectors.joining(","));
		assertThat(importFile(counsellor, SMALL.replace("\"SHORT_TEXT\"", "\"VIRUS\"").getBytes(StandardCharsets.UTF_8),
				"COUNSELLOR"))
			.hasStatus(422)
			.bodyText()
			.contains("le type « VIRUS » est inconnu");
		assertThat(importFile(counsellor,
				SMALL.replace("Votre idée ?", "<img src=x onerror=alert(1)>").getBytes(StandardCharsets.UTF_8),
				"COUNSELLOR"))
			.hasStatus(422)
			.bodyText()
			.contains("ne doit pas contenir de balises");
		assertThat(importFile(counsellor,
				("{\"title\": \"T\", \"sections\": [{\"title\": \"P\", \"questions\": [" + many + "]}]}")
					.getBytes(StandardCharsets.UTF_8),
				"COUNSELLOR"))
			.hasStatus(422)
			.bodyText()
			.contains("plus de 200 questions");
		assertThat(importFile(counsellor, new byte[DefinitionReader.MAX_BYTES + 10], "COUNSELLOR")).hasStatus(422)
			.bodyText()
			.contains("1 Mo");
		assertThat(importFile(counsellor, new byte[] { (byte) 0xff, (byte) 0xfe, 0x00, 0x41 }, "COUNSELLOR"))
			.hasStatus(422)
			.bodyText()
			.contains("UTF-8");
		assertThat(importFile(counsellor, "{\"title\": ".getBytes(StandardCharsets.UTF_8), "COUNSELLOR")).hasStatus(422)
			.bodyText()
			.contains("JSON attendu");
		assertThat(templates()).isEqualTo(before);
	}

	@Test // #2
	void anExportedTemplateImportsAgain() {
		MvcTestResult export = mvc
			.perform(get("/conseil/activites/{id}/export", builtIn("plan-action")).with(as(counsellor)));
		assertThat(export).hasStatusOk()
			.hasContentType("application/json")
			.hasHeader("Content-Disposition", "attachment; filename=\"mon-plan-d-action.json\"");
		UUID imported = redirectedId(
				importFile(counsellor, export.getResponse().getContentAsByteArray(), "COUNSELLOR"));
		assertThat(jdbc.queryForObject("select title from activity.template where id = ?", String.class, imported))
			.isEqualTo("Mon plan d'action");
	}

	@Test // #2
	void eachPersonChangesOnlyWhatTheyManage() {
		UUID own = redirectedId(importFile(counsellor, SMALL.getBytes(StandardCharsets.UTF_8), "COUNSELLOR"));
		CurrentUser other = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		long before = versions();
		// a network template: readable, not changeable by a counsellor
		assertThat(mvc.perform(post("/conseil/activites/{id}/modifier", builtIn("plan-action")).with(as(counsellor))
			.with(csrf())
			.param("definition", SMALL))).hasStatus(403);
		assertThat(mvc.perform(
				post("/conseil/activites/{id}/archiver", builtIn("plan-action")).with(as(counsellor)).with(csrf())))
			.hasStatus(403);
		// another counsellor's own template: not even visible
		assertThat(mvc.perform(get("/conseil/activites/{id}", own).with(as(other)))).hasStatus(404);
		assertThat(mvc.perform(
				post("/conseil/activites/{id}/modifier", own).with(as(other)).with(csrf()).param("definition", SMALL)))
			.hasStatus(404);
		// nobody puts a template where they have no say
		assertThat(importFile(counsellor, SMALL.getBytes(StandardCharsets.UTF_8), "NETWORK")).hasStatus(403);
		assertThat(mvc.perform(post("/conseil/activites/{id}/copie", builtIn("plan-action")).with(as(counsellor))
			.with(csrf())
			.param("target", "STRUCTURE:" + UUID.randomUUID()))).hasStatus(403);
		// beneficiaries and visitors do not reach the library
		CurrentUser person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		assertThat(mvc.perform(get("/conseil/activites").with(as(person)))).hasStatus(403);
		assertThat(mvc.perform(get("/conseil/activites"))).hasStatus3xxRedirection();
		assertThat(versions()).isEqualTo(before);
	}

	@Test // #2
	void aNetworkAdminManagesTheNetworkTemplates() {
		CurrentUser created = ActivityTestSupport.newAccount(accounts, "admin", Role.NETWORK_ADMIN);
		CurrentUser admin = new CurrentUser(created.id(), created.email(), created.displayName(), created.roles(),
				true);
		MvcTestResult result = mvc.perform(multipart("/admin/activites/import")
			.file(new MockMultipartFile("file", "a.json", "application/json", SMALL.getBytes(StandardCharsets.UTF_8)))
			.param("target", "NETWORK")
			.with(as(admin))
			.with(csrf()));
		UUID network = redirectedId(result);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/admin/activites/");
		assertThat(mvc.perform(post("/admin/activites/{id}/modifier", network).with(as(admin))
			.with(csrf())
			.param("definition", SMALL.replace("Ma petite", "Notre petite")))).hasStatus3xxRedirection();
		assertThat(mvc.perform(get("/conseil/activites").with(as(counsellor)))).bodyText()
			.contains("Notre petite activité");
		assertThat(mvc.perform(post("/admin/activites/{id}/archiver", network).with(as(admin)).with(csrf())))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select archived from activity.template where id = ?", Boolean.class, network))
			.isTrue();
	}

}
