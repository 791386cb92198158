package org.boussole.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.boussole.content.ContentListing;
import org.boussole.content.ContentListing.JobListing;
import org.boussole.content.ContentListing.JobTitle;
import org.boussole.network.Country;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.springframework.stereotype.Component;

/**
 * Reads what should be searchable from the content and network modules, as detached
 * {@link SearchDocument}s.
 */
@Component
class SearchSources {

	/** Separates titles: each becomes a sentence for the highlighter. */
	static final String TITLE_SEPARATOR = ". ";

	private final ContentListing content;

	private final NetworkManagement network;

	SearchSources(ContentListing content, NetworkManagement network) {
		this.content = content;
		this.network = network;
	}

	List<SearchDocument> documents(SearchType type) {
		switch (type) {
			case METIER:
				return content.jobs().stream().map(SearchSources::job).toList();
			case GUIDE:
				return content.guides()
					.stream()
					.map(g -> new SearchDocument(SearchType.GUIDE, g.slug()).title(g.title())
						.body(g.summary() + "\n" + g.body())
						.place("", g.territory())
						.link("/guides/" + g.slug(), true, g.publishedAt()))
					.toList();
			case EVENT:
				return content.upcomingEvents()
					.stream()
					.map(e -> new SearchDocument(SearchType.EVENT, e.id()).title(e.title())
						.body(e.description())
						.link("/evenements/" + e.id(), false, e.updatedAt()))
					.toList();
			default:
				return centres();
		}
	}

	private static SearchDocument job(JobListing job) {
		String titles = job.titles()
			.stream()
			.filter(t -> !t.rarelyUsed())
			.map(JobTitle::label)
			.collect(Collectors.joining(TITLE_SEPARATOR));
		String rare = job.titles()
			.stream()
			.filter(JobTitle::rarelyUsed)
			.map(JobTitle::label)
			.collect(Collectors.joining(TITLE_SEPARATOR));
		return new SearchDocument(SearchType.METIER, job.code()).title(job.label())
			.titles(titles, rare)
			.body(job.definition() + "\n" + job.access())
			.place(job.domainCode(), "")
			.link("/metiers/" + job.code(), job.isMain(), job.updatedAt());
	}

	private List<SearchDocument> centres() {
		List<SearchDocument> centres = new ArrayList<>();
		for (StructureSummary structure : network.allStructures()) {
			for (SiteSummary site : network.sitesOf(structure.id())) {
				if (site.active() && structure.active()) {
					centres.add(centre(site));
				}
			}
		}
		return centres;
	}

	private static SearchDocument centre(SiteSummary site) {
		return new SearchDocument(SearchType.CENTRE, site.id().toString()).title(site.name())
			.titles(site.structureName() + TITLE_SEPARATOR + site.commune() + " " + site.postalCode(), "")
			.body(site.addressLine() + ", " + site.postalCode() + " " + site.commune() + "\n"
					+ String.join("\n", site.openingHours()))
			.place("", site.country() == Country.CH ? "GENEVE" : "FRANCE")
			.link("/centres/" + site.id(), true, Instant.EPOCH);
	}

}
