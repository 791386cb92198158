package org.boussole.network;

import java.util.List;
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

	CentreFinderController(LocalityCatalogue localities, NetworkManagement network) {
		this.localities = localities;
		this.network = network;
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
	String showSite(@PathVariable String siteId, Model model) {
		SiteSummary site = parse(siteId).flatMap(network::findSite)
			.filter(found -> found.active()
					&& network.findStructure(found.structureId()).map(StructureSummary::active).orElse(false))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("site", site);
		return "network/site";
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
