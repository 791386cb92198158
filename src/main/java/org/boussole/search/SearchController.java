package org.boussole.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page, the autocomplete of job titles and the link through which a result is
 * opened (so that the log knows which one, at which rank).
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	private final SiteSearch search;

	private final Suggestions suggestions;

	private final SearchLog searchLog;

	private final SearchRateLimit limit;

	SearchController(SiteSearch search, Suggestions suggestions, SearchLog searchLog, SearchRateLimit limit) {
		this.search = search;
		this.suggestions = suggestions;
		this.searchLog = searchLog;
		this.limit = limit;
	}

	/** The ROME grand domains, by the letter that begins their codes. */
	static final List<String> GRAND_DOMAINS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
			"N");

	/**
	 * @param domain a ROME grand domain (A to N), to find job fiches of that domain only;
	 * anything else is ignored
	 * @param territory {@code france} or {@code geneve}; anything else is ignored
	 * @return the results, or the site's page for a 429 when that client searched too
	 * much ({@link SearchRateLimit}, shared with the API)
	 */
	@GetMapping("/recherche")
	String showResults(@RequestParam(name = "q", required = false, defaultValue = "") String q,
			@RequestParam(name = "type", required = false, defaultValue = "") String type,
			@RequestParam(name = "domaine", required = false, defaultValue = "") String domain,
			@RequestParam(name = "territoire", required = false, defaultValue = "") String territory,
			@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		SearchRateLimit.Verdict verdict = limit.tryAcquire(request);
		verdict.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		if (!verdict.allowed()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("retryAfter", verdict.retryAfterSeconds());
			return "error/429";
		}
		SearchText text = SearchText.of(q);
		SearchType filter = SearchType.fromApiName(type).orElse(null);
		String grandDomain = GRAND_DOMAINS.contains(domain.strip()) ? domain.strip() : null;
		SearchTerritory place = SearchTerritory.fromParam(territory).orElse(null);
		int pageNumber = Math.max(1, Math.min(parse(page), 100));
		SiteSearch.Results results = search.search(text, new SiteSearch.Filters(filter, grandDomain, place),
				(pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
		Long logId = text.isEmpty() ? null : searchLog.searched(text.normalised(), filter, results.total());
		model.addAttribute("text", text);
		model.addAttribute("type", filter == null ? "" : filter.apiName());
		model.addAttribute("types", List.of(SearchType.values()));
		model.addAttribute("domain", grandDomain == null ? "" : grandDomain);
		model.addAttribute("domains", GRAND_DOMAINS);
		model.addAttribute("territory", place == null ? "" : place.param());
		model.addAttribute("territories", List.of(SearchTerritory.values()));
		model.addAttribute("results", results);
		model.addAttribute("page", pageNumber);
		model.addAttribute("firstRank", (pageNumber - 1) * PAGE_SIZE + 1);
		model.addAttribute("pages", (int) Math.min(100, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("logId", logId);
		return "search/results";
	}

	@GetMapping("/recherche/suggestions")
	String suggest(@RequestParam(name = "q", required = false, defaultValue = "") String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("suggestions", suggestions.titles(SearchText.of(q), 8));
		return "search/suggestions :: list";
	}

	@GetMapping("/recherche/ouvrir")
	String open(@RequestParam(name = "r", required = false, defaultValue = "0") String logId,
			@RequestParam(name = "rang", required = false, defaultValue = "0") String rank,
			@RequestParam(name = "type", required = false, defaultValue = "") String type,
			@RequestParam(name = "cle", required = false, defaultValue = "") String key) {
		// the address comes from the index, never from the link: no open redirect
		return SearchType.fromApiName(type)
			.flatMap(t -> searchLog.opened(parseLong(logId), parse(rank), t, key))
			.map(url -> "redirect:" + url)
			.orElse("redirect:/recherche");
	}

	static int parse(String number) {
		try {
			return Integer.parseInt(number.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static long parseLong(String number) {
		try {
			return Long.parseLong(number.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
