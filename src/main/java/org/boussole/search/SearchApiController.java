package org.boussole.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /api/search?q=TEXT&size=N&type=TYPE}, as DESIGN.md §5 describes it, limited
 * per client address with the search page ({@link SearchRateLimit}): every answer tells
 * the client where it stands ({@code RateLimit-*} headers), and a refusal is a 429 with
 * {@code Retry-After} and a JSON body in French.
 */
@RestController
class SearchApiController {

	/** One result, as the API gives it. */
	record ApiResult(String type, @Nullable String code, String title, String url, String snippet) {
	}

	/** The answer to a search. */
	record ApiResponse(String query, long total, List<ApiResult> results, @Nullable String suggestion) {
	}

	static final int MAX_SIZE = 50;

	private final SiteSearch search;

	private final SearchLog searchLog;

	private final MessageSource messages;

	private final SearchRateLimit limit;

	SearchApiController(SiteSearch search, SearchLog searchLog, MessageSource messages, SearchRateLimit limit) {
		this.search = search;
		this.searchLog = searchLog;
		this.messages = messages;
		this.limit = limit;
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	ResponseEntity<?> search(@RequestParam(name = "q", required = false, defaultValue = "") String q,
			@RequestParam(name = "size", required = false, defaultValue = "10") String size,
			@RequestParam(name = "type", required = false, defaultValue = "") String type, HttpServletRequest request) {
		SearchRateLimit.Verdict verdict = limit.tryAcquire(request);
		HttpHeaders headers = verdict.headers();
		if (!verdict.allowed()) {
			return error(HttpStatus.TOO_MANY_REQUESTS, "search.api.error.tooMany", headers,
					verdict.retryAfterSeconds());
		}
		SearchType filter = null;
		if (!type.isBlank()) {
			filter = SearchType.fromApiName(type.strip()).orElse(null);
			if (filter == null) {
				return error(HttpStatus.BAD_REQUEST, "search.api.error.type", headers, MAX_SIZE);
			}
		}
		int count;
		try {
			count = Integer.parseInt(size.strip());
		}
		catch (NumberFormatException ex) {
			return error(HttpStatus.BAD_REQUEST, "search.api.error.size", headers, MAX_SIZE);
		}
		if (count < 1 || count > MAX_SIZE) {
			return error(HttpStatus.BAD_REQUEST, "search.api.error.size", headers, MAX_SIZE);
		}
		SearchText text = SearchText.of(q);
		SiteSearch.Results results = search.search(text, filter, 0, count);
		if (!text.isEmpty()) {
			searchLog.searched(text.normalised(), filter, results.total());
		}
		List<ApiResult> hits = results.hits()
			.stream()
			.map(h -> new ApiResult(h.type().apiName(), h.code(), h.title(), h.url(), SiteSearch.plain(h.snippet())))
			.toList();
		return ResponseEntity.ok()
			.headers(headers)
			.body(new ApiResponse(text.shown(), results.total(), hits, results.suggestion()));
	}

	/**
	 * @param key the message, in the language of the request (French by default)
	 * @param argument the number the message gives
	 */
	private ResponseEntity<Map<String, String>> error(HttpStatus status, String key, HttpHeaders headers,
			long argument) {
		String message = messages.getMessage(key, new Object[] { argument }, LocaleContextHolder.getLocale());
		return ResponseEntity.status(status).headers(headers).body(Map.of("error", message));
	}

}
