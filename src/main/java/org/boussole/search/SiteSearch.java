package org.boussole.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import jakarta.persistence.EntityManager;

/**
 * Runs a search: the words typed (and their synonyms) are looked for in the titles first,
 * then in the text; a word of four letters or more found nowhere in the index is taken
 * for a typo and also looked for as the closest title words (one edit, two from eight
 * letters), with a lower weight. Main fiches and main titles win ties. The results are
 * read from the index alone (stored fields and highlights), not from the database.
 */
@Service
class SiteSearch {

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	/**
	 * Highlight marks that cannot come from the text; replaced by {@code <mark>} after
	 * escaping.
	 */
	private static final String OPEN = "\u0001";

	private static final String CLOSE = "\u0002";

	private static final AggregationKey<Map<SearchType, Long>> TYPES = AggregationKey.of("types");

	private static final AggregationKey<Map<String, Long>> DOMAINS = AggregationKey.of("domains");

	private static final AggregationKey<Map<String, Long>> TERRITORIES = AggregationKey.of("territories");

	private static final int FEW_RESULTS = 10;

	/** Words of a query looked up for typos. */
	private static final int MAX_CORRECTED_WORDS = 6;

	/** The weight of the query with its typos corrected, against the query as typed. */
	static final float CORRECTED_BOOST = 0.8f;

	/** The weight of the other title words close to a typo. */
	private static final float CLOSE_WORD_BOOST = 0.2f;

	/** French small words, left out of the "some of the words" part of a query. */
	private static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l",
			"la", "le", "les", "ou", "par", "pour", "sur", "un", "une", "dans", "avec");

	/** One result; the snippet is safe HTML (escaped text and {@code <mark>} only). */
	record Hit(SearchType type, String key, @Nullable String code, String title, String url, String snippet,
			@Nullable String matchedTitle) {
	}

	/**
	 * What narrows a search; each may be {@literal null} for all.
	 *
	 * @param domain a ROME grand domain, A to N: job fiches of that domain only
	 */
	record Filters(@Nullable SearchType type, @Nullable String domain, @Nullable SearchTerritory territory) {

		static final Filters NONE = new Filters(null, null, null);

		static Filters of(@Nullable SearchType type) {
			return new Filters(type, null, null);
		}

	}

	/**
	 * A page of results, with the count of each type, grand domain and territory for the
	 * same words (each counted under the other filters, not its own).
	 */
	record Results(SearchText text, long total, Map<SearchType, Long> counts, Map<String, Long> domainCounts,
			Map<String, Long> territoryCounts, List<Hit> hits, @Nullable String suggestion, long micros) {

		static Results empty(SearchText text) {
			return new Results(text, 0, new EnumMap<>(SearchType.class), Map.of(), Map.of(), List.of(), null, 0);
		}

	}

	private final EntityManager entityManager;

	private final Synonyms synonyms;

	private final TitleVocabulary vocabulary;

	SiteSearch(EntityManager entityManager, Synonyms synonyms, TitleVocabulary vocabulary) {
		this.entityManager = entityManager;
		this.synonyms = synonyms;
		this.vocabulary = vocabulary;
	}

	/**
	 * @param type only results of that type, or all when {@literal null}
	 * @param offset how many results to skip
	 */
	@Transactional(readOnly = true)
	Results search(SearchText text, @Nullable SearchType type, int offset, int size) {
		return search(text, Filters.of(type), offset, size);
	}

	/**
	 * @param offset how many results to skip
	 */
	@Transactional(readOnly = true)
	Results search(SearchText text, Filters filters, int offset, int size) {
		if (text.isEmpty()) {
			return Results.empty(text);
		}
		try {
			return run(text, filters, offset, size);
		}
		catch (RuntimeException ex) {
			// a broken index must not break the page: it is rebuilt by the hourly check
			log.error("Search failed for '{}'", text.normalised(), ex);
			return Results.empty(text);
		}
	}

	private Results run(SearchText text, Filters filters, int offset, int size) {
		long start = System.nanoTime();
		Query query = query(text);
		SearchSession session = Search.session(entityManager);
		SearchResult<List<?>> result = session.search(SearchDocument.class)
			.select(f -> f.composite()
				.from(f.field("type", SearchType.class), f.field("key", String.class), f.field("title", String.class),
						f.field("url", String.class), f.highlight("body").highlighter("body"),
						f.highlight("titles").highlighter("titles"))
				.asList())
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool().must(matching(f, query));
				bool.should(f.match().field("main").matching(true).constantScore().boost(0.5f));
				filter(f, bool, filters);
				return bool;
			})
			.highlighter(h -> h.plain().tag(OPEN, CLOSE).noMatchSize(0))
			.highlighter("body",
					h -> h.plain().tag(OPEN, CLOSE).fragmentSize(160).numberOfFragments(1).noMatchSize(160))
			.highlighter("titles", h -> h.plain().tag(OPEN, CLOSE).fragmentSize(80).numberOfFragments(1).noMatchSize(0))
			.aggregation(TYPES, f -> f.terms().field("type", SearchType.class))
			.aggregation(DOMAINS, f -> f.terms().field("grandDomain", String.class).maxTermCount(20))
			.aggregation(TERRITORIES, f -> f.terms().field("territories", String.class))
			.fetch(offset, size);
		long total = result.total().hitCount();
		// a facet under its own filter would count only itself: counted again without it
		Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
		counts.putAll(filters.type() == null ? result.aggregation(TYPES)
				: typeCounts(session, query, new Filters(null, filters.domain(), filters.territory())));
		Map<String, Long> domains = filters.domain() == null ? result.aggregation(DOMAINS) : stringCounts(session,
				query, new Filters(filters.type(), null, filters.territory()), DOMAINS, "grandDomain");
		Map<String, Long> territories = filters.territory() == null ? result.aggregation(TERRITORIES) : stringCounts(
				session, query, new Filters(filters.type(), filters.domain(), null), TERRITORIES, "territories");
		List<Hit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			hits.add(hit(row));
		}
		String suggestion = query.corrected() != null ? query.corrected()
				: total < FEW_RESULTS ? vocabulary.suggest(text.words()) : null;
		long micros = (System.nanoTime() - start) / 1_000;
		log.debug("Search '{}' ({}): {} results in {} µs", text.normalised(), filters, total, micros);
		return new Results(text, total, counts, domains, territories, hits, suggestion, micros);
	}

	/**
	 * What is looked for: the query and its synonyms, the query with its unknown words
	 * corrected, and the close title words of each unknown word.
	 */
	record Query(List<Variant> variants, List<String> closeWords, @Nullable String corrected) {
	}

	/** A way of writing the query, and how much its matches weigh. */
	record Variant(String text, float boost) {
	}

	/**
	 * A word found nowhere in the index, and with close title words, is taken for a typo:
	 * the query is also run with the closest word in its place, with a lower weight, so
	 * that a word that only shares a stem with the typo ("cuisine" for "cuisinie") does
	 * not come before the intended one. Words found in the index are never corrected.
	 */
	Query query(SearchText text) {
		List<Variant> variants = new ArrayList<>();
		for (String variant : synonyms.variants(text.normalised())) {
			variants.add(new Variant(variant, 1f));
		}
		List<String> words = text.words();
		Map<String, List<String>> corrections = vocabulary
			.corrections(words.subList(0, Math.min(words.size(), MAX_CORRECTED_WORDS)), synonyms::covers);
		if (corrections.isEmpty()) {
			return new Query(variants, List.of(), null);
		}
		List<String> corrected = new ArrayList<>();
		List<String> closeWords = new ArrayList<>();
		for (String word : words) {
			List<String> close = corrections.get(word);
			corrected.add(close == null ? word : close.get(0));
			if (close != null) {
				closeWords.addAll(close);
			}
		}
		String correctedText = String.join(" ", corrected);
		variants.add(new Variant(correctedText, CORRECTED_BOOST));
		return new Query(variants, List.copyOf(closeWords), correctedText);
	}

	private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Filters filters) {
		if (filters.type() != null) {
			bool.filter(f.match().field("type").matching(filters.type()));
		}
		if (filters.domain() != null) {
			bool.filter(f.match().field("grandDomain").matching(filters.domain()));
		}
		if (filters.territory() != null) {
			bool.filter(f.match().field("territories").matching(filters.territory().name()));
		}
	}

	private static PredicateFinalStep filtered(SearchPredicateFactory f, Query query, Filters filters) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool().must(matching(f, query));
		filter(f, bool, filters);
		return bool;
	}

	private static Map<SearchType, Long> typeCounts(SearchSession session, Query query, Filters filters) {
		return session.search(SearchDocument.class)
			.where(f -> filtered(f, query, filters))
			.aggregation(TYPES, f -> f.terms().field("type", SearchType.class))
			.fetch(0)
			.aggregation(TYPES);
	}

	private static Map<String, Long> stringCounts(SearchSession session, Query query, Filters filters,
			AggregationKey<Map<String, Long>> key, String field) {
		return session.search(SearchDocument.class)
			.where(f -> filtered(f, query, filters))
			.aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(20))
			.fetch(0)
			.aggregation(key);
	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, Query query) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (Variant variant : query.variants()) {
			// every word, in the titles above all
			any.should(f.simpleQueryString()
				.field("title")
				.boost(8f)
				.field("titles")
				.boost(5f)
				.field("rareTitles")
				.boost(3f)
				.field("body")
				.matching(variant.text())
				.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
				.flags(java.util.EnumSet.noneOf(SimpleQueryFlag.class))
				.boost(2f * variant.boost()));
			// some of the words: the small words alone ("de", "la"…) would match
			// everything
			any.should(f.match()
				.field("title")
				.boost(8f)
				.field("titles")
				.boost(5f)
				.field("rareTitles")
				.boost(3f)
				.field("body")
				.matching(withoutStopWords(variant.text()))
				.boost(variant.boost()));
		}
		// the other close words of a typo, with a low weight
		for (String word : query.closeWords()) {
			any.should(f.match()
				.field("title")
				.boost(2f)
				.field("titles")
				.boost(1.5f)
				.field("rareTitles")
				.matching(word)
				.boost(CLOSE_WORD_BOOST));
		}
		return any;
	}

	/**
	 * @return the text without its French small words, or the text itself when it has
	 * nothing else
	 */
	static String withoutStopWords(String normalised) {
		StringBuilder kept = new StringBuilder();
		for (String word : normalised.split(" ")) {
			if (!STOP_WORDS.contains(word)) {
				kept.append(kept.length() == 0 ? "" : " ").append(word);
			}
		}
		return kept.length() == 0 ? normalised : kept.toString();
	}

	private static Hit hit(List<?> row) {
		SearchType type = (SearchType) row.get(0);
		String key = (String) row.get(1);
		List<?> body = (List<?>) row.get(4);
		List<?> titles = (List<?>) row.get(5);
		String snippet = body.isEmpty() ? "" : safe(String.valueOf(body.get(0)));
		String matched = titles.isEmpty() ? null : safe(String.valueOf(titles.get(0)));
		String code = type == SearchType.METIER ? key : null;
		return new Hit(type, key, code, String.valueOf(row.get(2)), String.valueOf(row.get(3)), snippet, matched);
	}

	/**
	 * Escapes the text, then turns the highlighter's own marks into {@code <mark>} tags.
	 */
	static String safe(String highlighted) {
		return HtmlUtils.htmlEscape(highlighted.strip(), "UTF-8").replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}

	/**
	 * @return a plain-text snippet: the marks removed
	 */
	static String plain(String safeSnippet) {
		return HtmlUtils.htmlUnescape(safeSnippet.replace("<mark>", "").replace("</mark>", ""));
	}

}
