package org.boussole.network;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public centre finder: type a postal code or a commune, see the nearest sites first.
 */
@Controller
class CentreFinderController {

	static final int RESULTS = 10;

	private final LocalityCatalogue localities;

	private final NetworkManagement network;

	private final Clock clock;

	CentreFinderController(LocalityCatalogue localities, NetworkManagement network, Clock clock) {
		this.localities = localities;
		this.network = network;
		this.clock = clock;
	}

	@GetMapping("/centres")
	String findCentres(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
		model.addAttribute("q", query == null ? "" : query);
		if (query == null) {
			// the bare page shows the form only
			return "network/finder";
		}
		LocalityLookup lookup = localities.lookup(query);
		model.addAttribute("lookup", lookup);
		Locality locality = lookup.locality();
		List<NearbySite> results = (locality == null) ? List.of() : network.nearestSites(locality.point(), RESULTS);
		model.addAttribute("results", results);
		return "network/finder";
	}

	@GetMapping("/centres/{siteId}")
	String showSite(@PathVariable String siteId, Model model, Locale locale) {
		SiteSummary site = parse(siteId).flatMap(network::findSite)
			.filter(found -> found.active()
					&& network.findStructure(found.structureId()).map(StructureSummary::active).orElse(false))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("site", site);
		LocalDate today = LocalDate.now(clock.withZone(site.country().timeZone()));
		SiteCalendar calendar = network.siteCalendars(List.of(site.id()), today)
			.getOrDefault(site.id(), SiteCalendar.unrestricted(site.id()));
		model.addAttribute("hours", PublicHours.of(calendar, today, locale));
		return "network/site";
	}

	/** How long ahead the public page lists a site's closures. */
	static final int CLOSURES_DAYS = 60;

	/**
	 * A site's hours as its public page shows them.
	 *
	 * @param week the seven days, Monday first; empty when no weekly hours were entered
	 * @param closures the closures of the coming {@value #CLOSURES_DAYS} days, earliest
	 * first
	 */
	record PublicHours(List<DayHours> week, List<SiteCalendar.Closure> closures) {

		static PublicHours of(SiteCalendar calendar, LocalDate today, Locale locale) {
			List<DayHours> week = new java.util.ArrayList<>();
			if (calendar.hasHours()) {
				for (DayOfWeek day : DayOfWeek.values()) {
					List<SiteCalendar.Opening> openings = calendar.openings()
						.stream()
						.filter(opening -> opening.day() == day)
						.sorted(java.util.Comparator.comparing(SiteCalendar.Opening::opens))
						.toList();
					week.add(new DayHours("network.day." + day.name(),
							openings.isEmpty() ? null : OpeningHoursText.ranges(openings, locale)));
				}
			}
			LocalDate last = today.plusDays(CLOSURES_DAYS);
			List<SiteCalendar.Closure> closures = calendar.closures()
				.stream()
				.filter(closure -> !closure.lastDay().isBefore(today) && !closure.firstDay().isAfter(last))
				.sorted(java.util.Comparator.comparing(SiteCalendar.Closure::firstDay))
				.toList();
			return new PublicHours(week, closures);
		}

		public boolean structured() {
			return !week.isEmpty();
		}

	}

	/**
	 * @param ranges e.g. « 9 h – 12 h 30, 14 h – 17 h », or {@literal null} when closed
	 */
	record DayHours(String dayKey, @Nullable String ranges) {
	}

	private static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
