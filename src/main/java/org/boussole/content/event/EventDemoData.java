package org.boussole.content.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.boussole.shared.DemoDataPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional demo events, in the coming weeks from today: workshops and information
 * sessions at demo sites and one online. Loaded after the network's demo data, when demo
 * data is allowed and no event exists yet.
 */
@Component
@Order(EventDemoData.ORDER)
class EventDemoData implements ApplicationRunner {

	/** After the network's demo data (localities at 100, network demo data at 110). */
	static final int ORDER = 200;

	private static final Logger log = LoggerFactory.getLogger(EventDemoData.class);

	private final DemoDataPolicy policy;

	private final EventRepository events;

	private final NetworkManagement network;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EventDemoData(DemoDataPolicy policy, EventRepository events, NetworkManagement network,
			TransactionTemplate transactions, Clock clock) {
		this.policy = policy;
		this.events = events;
		this.network = network;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (policy.allowsDemoData() && events.count() == 0) {
			Integer loaded = transactions.execute(status -> load());
			if (loaded != null && loaded > 0) {
				log.info("Loaded {} fictional demo events", loaded);
			}
		}
	}

	private int load() {
		Optional<StructureSummary> genevois = structure("MIFE du Genevois français (démo)");
		Optional<StructureSummary> ofpc = structure("OFPC Genève (démo)");
		Optional<StructureSummary> savoie = structure("MIFE de Savoie (démo)");
		if (genevois.isEmpty() || ofpc.isEmpty()) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock.withZone(EventManagement.ZONE));
		int count = 0;
		count += add(genevois.get(), site(genevois.get(), "Annemasse"), null, EventKind.INFORMATION_SESSION,
				"Financer sa formation avec le CPF", """
						Comment consulter vos droits, choisir une formation éligible et déposer votre demande sur \
						Mon Compte Formation. Une heure de présentation, puis vos questions.

						Apportez vos identifiants France Connect si vous les avez.""", today.plusDays(6),
				LocalTime.of(14, 0), LocalTime.of(15, 30), 12);
		count += add(genevois.get(), site(genevois.get(), "Saint-Julien"), null, EventKind.WORKSHOP,
				"Atelier CV et lettre de motivation", """
						En petit groupe, avec une conseillère : mettre en valeur votre parcours, adapter votre CV à \
						une offre, écrire une lettre courte et claire.

						Venez avec votre CV actuel, sur papier ou sur clé USB.""", today.plusDays(10),
				LocalTime.of(9, 30), LocalTime.of(12, 0), 8);
		count += add(ofpc.get(), site(ofpc.get(), "Cité des métiers"), null, EventKind.INFORMATION_SESSION,
				"Travailler à Genève : le permis frontalier", """
						Ce qu'il faut savoir avant de chercher un emploi à Genève quand on vit en France : \
						permis G, assurance maladie, impôts à la source, reconnaissance des diplômes.""",
				today.plusDays(13), LocalTime.of(18, 0), LocalTime.of(19, 30), 30);
		count += add(genevois.get(), null, "https://visio.exemple.org/boussole-vae", EventKind.INFORMATION_SESSION,
				"La VAE expliquée en une heure (en ligne)", """
						La validation des acquis de l'expérience pas à pas : qui peut la demander, pour quel \
						diplôme, combien de temps cela prend et comment la financer.

						Le lien de connexion est envoyé aux personnes inscrites.""", today.plusDays(17),
				LocalTime.of(12, 30), LocalTime.of(13, 30), 50);
		if (savoie.isPresent()) {
			count += add(savoie.get(), site(savoie.get(), "Chambéry"), null, EventKind.WORKSHOP,
					"Faire le point sur ses compétences", """
							Un atelier pour repérer ce que vous savez faire, ce que vous aimez faire, et les \
							métiers qui s'en rapprochent.""", today.plusDays(24), LocalTime.of(14, 0),
					LocalTime.of(17, 0), 10);
		}
		return count;
	}

	private int add(StructureSummary structure, @Nullable UUID siteId, @Nullable String link, EventKind kind,
			String title, String description, LocalDate day, LocalTime start, LocalTime end, int capacity) {
		if (siteId == null && link == null) {
			return 0;
		}
		EventDetails details = new EventDetails(title, kind, description, structure.id(), siteId, link,
				day.atTime(start).atZone(EventManagement.ZONE).toInstant(),
				day.atTime(end).atZone(EventManagement.ZONE).toInstant(), capacity);
		Event event = Event.draft(details, clock.instant());
		event.publish(clock.instant());
		events.save(event);
		return 1;
	}

	private Optional<StructureSummary> structure(String name) {
		return network.allStructures().stream().filter(s -> s.name().equals(name)).findFirst();
	}

	private @Nullable UUID site(StructureSummary structure, String nameContains) {
		List<SiteSummary> sites = network.sitesOf(structure.id());
		return sites.stream()
			.filter(site -> site.name().contains(nameContains))
			.map(SiteSummary::id)
			.findFirst()
			.orElse(null);
	}

}
