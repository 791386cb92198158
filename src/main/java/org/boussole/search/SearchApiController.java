package org.boussole.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /api/search?q=TEXT&size=N&type=TYPE}, as DESIGN.md §5 describes it, limited
 * per IP address.
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

	private final int perMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	SearchApiController(SiteSearch search, SearchLog searchLog, MessageSource messages,
			@org.springframework.beans.factory.annotation.Value("${boussole.search.api-requests-per-minute:60}") int perMinute) {
		this.search = search;
		this.searchLog = searchLog;
		this.messages = messages;
		this.perMinute = perMinute;
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	ResponseEntity<?> search(@RequestParam(name = "q", required = false, defaultValue = "") String q,
			@RequestParam(name = "size", required = false, defaultValue = "10") String size,
			@RequestParam(name = "type", required = false, defaultValue = "") String type, HttpServletRequest request) {
		Bucket bucket = buckets.get(request.getRemoteAddr(), k -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build());
		if (!bucket.tryConsume(1)) {
			return error(HttpStatus.TOO_MANY_REQUESTS, "search.api.error.tooMany");
		}
		SearchType filter = null;
		if (!type.isBlank()) {
			filter = SearchType.fromApiName(type.strip()).orElse(null);
			if (filter == null) {
				return error(HttpStatus.BAD_REQUEST, "search.api.error.type");
			}
		}
		int count;
		try {
			count = Integer.parseInt(size.strip());
		}
		catch (NumberFormatException ex) {
			return error(HttpStatus.BAD_REQUEST, "search.api.error.size");
		}
		if (count < 1 || count > MAX_SIZE) {
			return error(HttpStatus.BAD_REQUEST, "search.api.error.size");
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
		return ResponseEntity.ok(new ApiResponse(text.shown(), results.total(), hits, results.suggestion()));
	}

	/**
	 * @param key the message, in the language of the request (French by default)
	 */
	private ResponseEntity<Map<String, String>> error(HttpStatus status, String key) {
		String message = messages.getMessage(key, new Object[] { MAX_SIZE }, LocaleContextHolder.getLocale());
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
