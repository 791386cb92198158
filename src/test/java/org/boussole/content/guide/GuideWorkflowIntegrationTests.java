package org.boussole.content.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.content.guide.GuideTestSupport.as;
import static org.boussole.content.guide.GuideTestSupport.person;
import static org.boussole.content.guide.GuideTestSupport.uniqueSlug;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The editorial workflow of guides, through the editors' pages. */
@AppIntegrationTest
class GuideWorkflowIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GuideManagement guides;

	final CurrentUser romane = person("Romane Rédaction", Role.EDITOR);

	final CurrentUser jules = person("Jules Relecture", Role.NETWORK_ADMIN);

	@Test // #3
	void anEditorDraftsPublishesAndReworksAGuideWhileVisitorsKeepTheLiveVersion() {
		String slug = create(romane, "Le bilan de compétences");
		assertThat(mvc.get().uri("/guides/" + slug)).hasStatus(404);

		publish(romane, slug);
		assertThat(publicPage(slug).select("h1").text()).isEqualTo("Le bilan de compétences");

		assertThat(save(romane, slug, version(slug), "Le bilan de compétences, version 2", "## Nouveau\n\nTexte."))
			.hasStatus3xxRedirection();
		assertThat(publicPage(slug).select("h1").text()).isEqualTo("Le bilan de compétences");
		Document preview = page(romane, "/redaction/guides/" + slug + "/apercu");
		assertThat(preview.select(".preview-banner").text()).contains("Aperçu");
		assertThat(preview.select("h1").text()).isEqualTo("Le bilan de compétences, version 2");

		publish(romane, slug);
		assertThat(publicPage(slug).select("h1").text()).isEqualTo("Le bilan de compétences, version 2");
		assertThat(page(romane, "/redaction").select("a[href=/redaction/guides/" + slug + "]").text())
			.isEqualTo("Le bilan de compétences, version 2");
	}

	@Test // #3
	void aBodyWithScriptOrAJavascriptLinkIsRefusedNextToTheFieldAndNothingIsSaved() {
		String slug = uniqueSlug("guide-piege");
		MvcTestResult result = mvc.post()
			.uri("/redaction/guides")
			.with(as(romane))
			.with(csrf())
			.params(form(slug, "Piège", "Texte <script>alert(1)</script>"))
			.exchange();

		assertThat(result).hasStatusOk();
		Document page = GuideTestSupport.html(result);
		assertThat(page.select("#body-error").text()).contains("HTML");
		assertThat(page.select("#body").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#body").text()).contains("<script>alert(1)</script>");
		assertThat(page.select("#title").val()).isEqualTo("Piège");
		assertThat(count(slug)).isZero();

		MvcTestResult link = mvc.post()
			.uri("/redaction/guides")
			.with(as(romane))
			.with(csrf())
			.params(form(slug, "Piège", "[clic](javascript:alert(1))"))
			.exchange();
		assertThat(GuideTestSupport.html(link).select("#body-error").text()).contains("javascript:alert(1)");
		assertThat(count(slug)).isZero();
	}

	@Test // #3
	void theSecondOfTwoEditorsSavingTheSameGuideIsToldAndKeepsWhatTheyTyped() {
		String slug = create(romane, "Transition Pro");
		long opened = version(slug);

		assertThat(save(romane, slug, opened, "Transition Pro (Romane)", "Texte de Romane.")).hasStatus3xxRedirection();
		MvcTestResult second = save(jules, slug, opened, "Transition Pro (Jules)", "Texte de Jules.");

		assertThat(second).hasStatusOk();
		Document page = GuideTestSupport.html(second);
		assertThat(page.select(".notice-error").text()).contains("Romane Rédaction a enregistré ce guide le")
			.contains("Rien n'a été enregistré");
		assertThat(page.select("#title").val()).isEqualTo("Transition Pro (Jules)");
		assertThat(page.select("#body").text()).isEqualTo("Texte de Jules.");
		assertThat(jdbc.queryForObject("select title from content.guide where slug = ?", String.class, slug))
			.isEqualTo("Transition Pro (Romane)");
	}

	@Test // #3
	void aGuideCanBeScheduledInTheFutureOnlyAndIsPublishedWhenDue() {
		String slug = create(romane, "Le chèque annuel de formation");
		String past = LocalDateTime.now(ZoneId.of("Europe/Paris")).minusDays(1).withSecond(0).withNano(0).toString();
		MvcTestResult refused = mvc.post()
			.uri("/redaction/guides/" + slug + "/programmer")
			.with(as(romane))
			.with(csrf())
			.param("version", String.valueOf(version(slug)))
			.param("publishAt", past)
			.exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Indiquez une date et une heure à venir");

		String future = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2).withSecond(0).withNano(0).toString();
		assertThat(mvc.post()
			.uri("/redaction/guides/" + slug + "/programmer")
			.with(as(romane))
			.with(csrf())
			.param("version", String.valueOf(version(slug)))
			.param("publishAt", future)).hasStatus3xxRedirection();
		assertThat(status(slug)).isEqualTo("SCHEDULED");
		guides.publishDue();
		assertThat(mvc.get().uri("/guides/" + slug)).hasStatus(404);

		jdbc.update("update content.guide set publish_at = now() - interval '1 minute' where slug = ?", slug);
		guides.publishDue();
		assertThat(status(slug)).isEqualTo("PUBLISHED");
		assertThat(publicPage(slug).select("h1").text()).isEqualTo("Le chèque annuel de formation");
	}

	@Test // #3
	void unpublishingTakesTheGuideOffline() {
		String slug = create(romane, "Créer son entreprise");
		publish(romane, slug);

		assertThat(mvc.post().uri("/redaction/guides/" + slug + "/depublier").with(as(jules)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/guides/" + slug)).hasStatus(404);
		assertThat(status(slug)).isEqualTo("UNPUBLISHED");
	}

	@Test // #3
	void theHistoryTellsWhoDidWhatAndAnEarlierRevisionCanBeRestoredAsTheDraft() {
		String slug = create(romane, "Le CEP, première version");
		save(jules, slug, version(slug), "Le CEP, deuxième version", "Autre texte.");

		Document history = page(romane, "/redaction/guides/" + slug + "/historique");
		assertThat(history.select(".revision-list li")).hasSize(2);
		assertThat(history.select(".revision-list li").get(0).text()).contains("Version 2", "Jules Relecture");
		assertThat(history.select(".revision-list li").get(1).text()).contains("Version 1", "Romane Rédaction");

		assertThat(
				mvc.post().uri("/redaction/guides/" + slug + "/historique/1/restaurer").with(as(romane)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select title from content.guide where slug = ?", String.class, slug))
			.isEqualTo("Le CEP, première version");
		List<String> actions = jdbc.queryForList(
				"select r.action from content.revision r join content.guide g on g.id = r.item_id where g.slug = ? order by r.number",
				String.class, slug);
		assertThat(actions).containsExactly("SAVED", "SAVED", "RESTORED");
		assertThat(
				mvc.post().uri("/redaction/guides/" + slug + "/historique/99/restaurer").with(as(romane)).with(csrf()))
			.hasStatus(404);
	}

	@Test // #3
	void theFreshnessPageListsPublishedGuidesNotReviewedForTwelveMonthsOldestFirst() {
		String older = create(romane, "Guide très ancien");
		String old = create(romane, "Guide ancien");
		String recent = create(romane, "Guide récent");
		publish(romane, older);
		publish(romane, old);
		publish(romane, recent);
		jdbc.update("update content.guide set last_reviewed = current_date - interval '30 months' where slug = ?",
				older);
		jdbc.update("update content.guide set last_reviewed = current_date - interval '13 months' where slug = ?", old);

		Document page = page(jules, "/redaction/fraicheur");
		List<String> links = page.select(".freshness-list a").eachAttr("href");
		assertThat(links).containsSubsequence("/redaction/guides/" + older, "/redaction/guides/" + old)
			.doesNotContain("/redaction/guides/" + recent);

		assertThat(mvc.post().uri("/redaction/guides/" + old + "/relu").with(as(jules)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(page(jules, "/redaction/fraicheur").select(".freshness-list a").eachAttr("href"))
			.doesNotContain("/redaction/guides/" + old);
	}

	@Test // #3
	void aStructureEditorAndABeneficiaryMayNotEditGuides() {
		String slug = create(romane, "Réservé au réseau");
		UUID evaId = jdbc.queryForObject("select id from accounts.user_account where email = ?", UUID.class,
				"evenements.genevois@demo.boussole.test");
		CurrentUser eva = person(evaId, "Eva", Role.EDITOR);
		CurrentUser beneficiary = person("Béa", Role.BENEFICIARY);

		assertThat(mvc.get().uri("/redaction/guides/nouveau").with(as(eva))).hasStatus(403);
		assertThat(mvc.get().uri("/redaction/guides/" + slug).with(as(eva))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/redaction/guides/" + slug + "/publier")
			.with(as(eva))
			.with(csrf())
			.param("version", "0")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/redaction/guides")
			.with(as(eva))
			.with(csrf())
			.params(form(uniqueSlug("eva"), "X", "Y"))).hasStatus(403);
		assertThat(mvc.get().uri("/redaction/fraicheur").with(as(eva))).hasStatus(403);
		assertThat(page(eva, "/redaction").select("a[href=/redaction/guides/" + slug + "]")).isEmpty();
		assertThat(mvc.get().uri("/redaction/guides/" + slug).with(as(beneficiary))).hasStatus(403);
		assertThat(mvc.get().uri("/redaction/guides/" + slug + "/apercu")).hasStatus3xxRedirection();
		assertThat(status(slug)).isEqualTo("DRAFT");
	}

	private String create(CurrentUser editor, String title) {
		String slug = uniqueSlug("guide");
		assertThat(mvc.post()
			.uri("/redaction/guides")
			.with(as(editor))
			.with(csrf())
			.params(form(slug, title, "## Section\n\nTexte de " + title + ".\n"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/redaction/guides/" + slug);
		return slug;
	}

	private MvcTestResult save(CurrentUser editor, String slug, long version, String title, String body) {
		org.springframework.util.MultiValueMap<String, String> params = form(slug, title, body);
		params.set("version", String.valueOf(version));
		return mvc.post().uri("/redaction/guides/" + slug).with(as(editor)).with(csrf()).params(params).exchange();
	}

	private void publish(CurrentUser editor, String slug) {
		assertThat(mvc.post()
			.uri("/redaction/guides/" + slug + "/publier")
			.with(as(editor))
			.with(csrf())
			.param("version", String.valueOf(version(slug)))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "content.editorial.published");
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String slug, String title, String body) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		params.add("slug", slug);
		params.add("title", title);
		params.add("summary", "Résumé de " + title);
		params.add("body", body);
		params.add("territory", "FRANCE");
		params.add("audiences", "SALARIES");
		params.add("themes", "FORMATION");
		params.add("version", "0");
		return params;
	}

	private long version(String slug) {
		return jdbc.queryForObject("select version from content.guide where slug = ?", Long.class, slug);
	}

	private String status(String slug) {
		return jdbc.queryForObject("select status from content.guide where slug = ?", String.class, slug);
	}

	private int count(String slug) {
		return jdbc.queryForObject("select count(*) from content.guide where slug = ?", Integer.class, slug);
	}

	private Document publicPage(String slug) {
		MvcTestResult result = mvc.get().uri("/guides/" + slug).exchange();
		assertThat(result).hasStatusOk();
		return GuideTestSupport.html(result);
	}

	private Document page(CurrentUser user, String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return GuideTestSupport.html(result);
	}

}
