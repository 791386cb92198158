package org.boussole.content.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.boussole.content.event.EventTestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@AppIntegrationTest
class EventEditorIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventRepository events;

	@Autowired
	EventManagement management;

	@Autowired
	EventEditing editing;

	@Autowired
	NetworkManagement network;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser structureEditor() {
		return EventTestSupport.demo(accounts, "evenements.genevois");
	}

	CurrentUser networkEditor() {
		return EventTestSupport.demo(accounts, "redaction");
	}

	MultiValueMap<String, String> form(SiteSummary site, String title, String capacity, long version) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("kind", "INFORMATION_SESSION");
		form.add("description", "Une présentation.\n\nPuis vos questions.");
		form.add("structureId", site.structureId().toString());
		form.add("place", "site");
		form.add("siteId", site.id().toString());
		form.add("onlineLink", "");
		form.add("date", LocalDate.now().plusDays(9).toString());
		form.add("startTime", "14:00");
		form.add("endTime", "16:00");
		form.add("capacity", capacity);
		form.add("version", Long.toString(version));
		return form;
	}

	@Test // #3
	void aStructureEditorCreatesAndPublishesAnEventOfTheirStructure() {
		SiteSummary site = EventTestSupport.firstSite(network, EventTestSupport.GENEVOIS);
		String title = "Réunion " + UUID.randomUUID();
		var created = mvc.post()
			.uri("/redaction/evenements")
			.params(form(site, title, "15", 0))
			.with(as(structureEditor()))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		UUID id = UUID.fromString(created.getMvcResult().getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(events.findById(id).orElseThrow().getStatus()).isEqualTo(EventStatus.DRAFT);
		assertThat(mvc.get().uri("/evenements/" + id)).hasStatus(404);

		assertThat(mvc.post().uri("/redaction/evenements/" + id + "/publier").with(as(structureEditor())).with(csrf()))
			.flash()
			.containsEntry("flash", "content.event.editor.published");
		assertThat(mvc.get().uri("/evenements")).bodyText().contains(title, "15 places restantes");
		assertThat(mvc.get().uri("/redaction/evenements").with(as(structureEditor()))).hasStatusOk()
			.bodyText()
			.contains(title)
			.doesNotContain("Travailler à Genève : le permis frontalier");
	}

	@Test // #3
	void aFormWithMistakesComesBackAsTypedAndStoresNothing() {
		SiteSummary site = EventTestSupport.firstSite(network, EventTestSupport.GENEVOIS);
		long before = events.count();
		MultiValueMap<String, String> form = form(site, "<b>Titre gardé</b>", "douze", 0);
		form.set("endTime", "13:00");
		form.set("date", LocalDate.now().minusDays(3).toString());
		assertThat(mvc.post().uri("/redaction/evenements").params(form).with(as(structureEditor())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("&lt;b&gt;Titre gard", "douze", "aria-invalid=\"true\"", "Indiquez un nombre de places",
					"heure de fin doit venir après");
		form.set("capacity", "12");
		form.set("endTime", "16:00");
		assertThat(mvc.post().uri("/redaction/evenements").params(form).with(as(structureEditor())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("ne peut pas avoir lieu dans le passé");
		form.set("date", LocalDate.now().plusDays(3).toString());
		form.set("place", "online");
		form.set("onlineLink", "javascript:alert(1)");
		assertThat(mvc.post().uri("/redaction/evenements").params(form).with(as(structureEditor())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("commence par https://");
		assertThat(events.count()).isEqualTo(before);
	}

	@Test // #3
	void aStructureEditorIsRefusedTheEventsOfAnotherStructure() {
		Event ofpc = EventTestSupport.publishedEvent(events, network, EventTestSupport.OFPC, 10);
		CurrentUser editor = structureEditor();
		assertThat(mvc.get().uri("/redaction/evenements/" + ofpc.getId()).with(as(editor))).hasStatus(403);
		assertThat(mvc.get().uri("/redaction/evenements/" + ofpc.getId() + "/modifier").with(as(editor)))
			.hasStatus(403);
		assertThat(mvc.post().uri("/redaction/evenements/" + ofpc.getId() + "/annuler").with(as(editor)).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/redaction/evenements/" + ofpc.getId() + "/depublier").with(as(editor)).with(csrf()))
			.hasStatus(403);
		SiteSummary ofpcSite = EventTestSupport.firstSite(network, EventTestSupport.OFPC);
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + ofpc.getId() + "/modifier")
			.params(form(ofpcSite, "Détourné", "10", ofpc.getVersion()))
			.with(as(editor))
			.with(csrf())).hasStatus(403);
		// nor may they create one for that structure
		assertThat(mvc.post()
			.uri("/redaction/evenements")
			.params(form(ofpcSite, "Détourné", "10", 0))
			.with(as(editor))
			.with(csrf())).hasStatus(403);
		Event unchanged = events.findById(ofpc.getId()).orElseThrow();
		assertThat(unchanged.getStatus()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(unchanged.getTitle()).isEqualTo(ofpc.getTitle());
		// a network editor may
		assertThat(mvc.get().uri("/redaction/evenements/" + ofpc.getId()).with(as(networkEditor()))).hasStatusOk();
	}

	@Test // #3
	void aBeneficiaryCannotReachTheEditorsPages() {
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 10);
		assertThat(mvc.get().uri("/redaction/evenements").with(as(person))).hasStatus(403);
		assertThat(mvc.post().uri("/redaction/evenements/" + event.getId() + "/annuler").with(as(person)).with(csrf()))
			.hasStatus(403);
		assertThat(events.findById(event.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.PUBLISHED);
	}

	@Test // #3
	void aStaleFormIsRefusedAndKeepsWhatTheSecondEditorTyped() {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 10);
		SiteSummary site = EventTestSupport.firstSite(network, EventTestSupport.GENEVOIS);
		long openedOn = event.getVersion();
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + event.getId() + "/modifier")
			.params(form(site, "Version de Romane", "10", openedOn))
			.with(as(networkEditor()))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + event.getId() + "/modifier")
			.params(form(site, "Version d'Eva", "10", openedOn))
			.with(as(structureEditor()))
			.with(csrf())).hasStatusOk().bodyText().contains("Quelqu", "a modifié cet événement", "Version d&#39;Eva");
		assertThat(events.findById(event.getId()).orElseThrow().getTitle()).isEqualTo("Version de Romane");
	}

	@Test // #3
	void everyChangeIsInTheHistoryAndAnEarlierVersionCanBeRestored() {
		SiteSummary site = EventTestSupport.firstSite(network, EventTestSupport.GENEVOIS);
		String first = "Atelier " + UUID.randomUUID();
		var created = mvc.post()
			.uri("/redaction/evenements")
			.params(form(site, first, "12", 0))
			.with(as(structureEditor()))
			.with(csrf())
			.exchange();
		UUID id = UUID.fromString(created.getMvcResult().getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + id + "/modifier")
			.params(form(site, "Titre changé par Romane", "12", events.findById(id).orElseThrow().getVersion()))
			.with(as(networkEditor()))
			.with(csrf())).hasStatus3xxRedirection();
		mvc.post().uri("/redaction/evenements/" + id + "/publier").with(as(structureEditor())).with(csrf()).exchange();

		assertThat(mvc.get().uri("/redaction/evenements/" + id + "/historique").with(as(structureEditor())))
			.hasStatusOk()
			.bodyText()
			.contains("Version 1", "Version 2", "Version 3", "Eva Événements", "Romane Rédaction", "publiée");
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + id + "/historique/1/restaurer")
			.with(as(structureEditor()))
			.with(csrf())).hasStatus3xxRedirection();
		Event restored = events.findById(id).orElseThrow();
		assertThat(restored.getTitle()).isEqualTo(first);
		assertThat(restored.getStatus()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(editing.history(networkEditor(), id)).hasSize(4);

		// the history of another structure's event stays closed to a structure editor
		Event ofpc = EventTestSupport.publishedEvent(events, network, EventTestSupport.OFPC, 10);
		assertThat(mvc.get().uri("/redaction/evenements/" + ofpc.getId() + "/historique").with(as(structureEditor())))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + ofpc.getId() + "/historique/1/restaurer")
			.with(as(structureEditor()))
			.with(csrf())).hasStatus(403);
	}

	@Test // #3
	void capacityCannotGoBelowTheRegisteredPeople() {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 3);
		management.register(event.getId(), EventTestSupport.newBeneficiary(accounts).id());
		management.register(event.getId(), EventTestSupport.newBeneficiary(accounts).id());
		SiteSummary site = EventTestSupport.firstSite(network, EventTestSupport.GENEVOIS);
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + event.getId() + "/modifier")
			.params(form(site, event.getTitle(), "1", event.getVersion()))
			.with(as(structureEditor()))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("ne peut pas être inférieur au nombre de personnes déjà inscrites");
		assertThat(events.findById(event.getId()).orElseThrow().getCapacity()).isEqualTo(3);
	}

	@Test // #3
	void cancellingAnEventTellsEveryRegisteredPersonWithACancelEntry() {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 5);
		CurrentUser person = EventTestSupport.newBeneficiary(accounts);
		management.register(event.getId(), person.id());
		assertThat(mvc.get().uri("/redaction/evenements/" + event.getId()).with(as(structureEditor()))).hasStatusOk()
			.bodyText()
			.contains(person.displayName(), person.email());
		assertThat(mvc.post()
			.uri("/redaction/evenements/" + event.getId() + "/annuler")
			.with(as(structureEditor()))
			.with(csrf())).flash().containsEntry("flash", "content.event.editor.cancelled");
		assertThat(events.findById(event.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.CANCELLED);
		String sql = """
				select convert_from(a.content, 'UTF8') from notifications.outbox_mail m
				join notifications.outbox_mail_attachment a on a.mail_id = m.id
				where m.recipient = ? and m.subject like 'Événement annulé%'""";
		await().atMost(Duration.ofSeconds(15))
			.until(() -> !jdbc.queryForList(sql, String.class, person.email()).isEmpty());
		assertThat(jdbc.queryForList(sql, String.class, person.email()).get(0)).contains("METHOD:CANCEL",
				"STATUS:CANCELLED", "SEQUENCE:1", "UID:" + event.getId());
		assertThat(mvc.get().uri("/evenements/" + event.getId())).hasStatusOk()
			.bodyText()
			.contains("Cet événement est annulé");
	}

	@Test // #3
	void theJobPublishesScheduledEventsWhenDue() {
		Event event = EventTestSupport.publishedEvent(events, network, EventTestSupport.GENEVOIS, 5);
		editing.unpublish(networkEditor(), event.getId());
		editing.schedule(networkEditor(), event.getId(), Instant.now().plus(Duration.ofHours(1)));
		assertThat(editing.publishDue(Instant.now())).isZero();
		assertThat(events.findById(event.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.SCHEDULED);
		editing.publishDue(Instant.now().plus(Duration.ofHours(2)));
		assertThat(events.findById(event.getId()).orElseThrow().getStatus()).isEqualTo(EventStatus.PUBLISHED);
	}

}
