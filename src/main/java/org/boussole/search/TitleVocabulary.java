package org.boussole.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of the index, as people write them (lower case, no accents, not stemmed): the
 * words of every title, to correct a word found nowhere in the index, and to propose «
 * Vouliez-vous dire … ? ». A word is corrected by the closest title words that begin with
 * the same letter (one edit for short words, two from eight letters); among those as
 * close, the words that the typed one begins (a last letter forgotten), then the most
 * frequent, come first. Read once, and again after every change of the index.
 */
@Component
class TitleVocabulary {

	/** Corrections kept for one word. */
	static final int MAX_CORRECTIONS = 3;

	/** Words shorter than this are never corrected. */
	static final int MIN_LENGTH = 4;

	private record Words(Map<String, Integer> titles, Map<Character, List<Map.Entry<String, Integer>>> byInitial,
			Set<String> known) {
	}

	private record Candidate(String word, int distance, boolean completes, int count) {
	}

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::distance)
		.thenComparing(c -> !c.completes())
		.thenComparing(Comparator.comparingInt(Candidate::count).reversed())
		.thenComparing(Candidate::word);

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[ ']+");

	private final JdbcTemplate jdbc;

	private volatile @Nullable Words words;

	TitleVocabulary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void invalidate() {
		words = null;
	}

	/**
	 * @return the corrected query, or {@literal null} when no word needs a correction
	 */
	@Nullable String suggest(List<String> queryWords) {
		Words known = words();
		boolean changed = false;
		StringJoiner suggestion = new StringJoiner(" ");
		for (String word : queryWords) {
			String best = word;
			if (!known.titles().containsKey(word) && word.length() >= MIN_LENGTH) {
				List<String> closest = closest(known, word, 1);
				best = closest.isEmpty() ? word : closest.get(0);
			}
			changed |= !best.equals(word);
			suggestion.add(best);
		}
		return changed ? suggestion.toString() : null;
	}

	/**
	 * @param queryWords normalised words
	 * @param kept words never to correct (the terms of synonyms)
	 * @return for each word of {@value #MIN_LENGTH} letters or more that appears nowhere
	 * in the index (titles or text) and has close title words, those words, best first
	 */
	Map<String, List<String>> corrections(List<String> queryWords, Predicate<String> kept) {
		Words known = words();
		Map<String, List<String>> corrections = new HashMap<>();
		for (String word : queryWords) {
			if (word.length() < MIN_LENGTH || word.indexOf('\'') >= 0 || known.known().contains(word) || kept.test(word)
					|| corrections.containsKey(word)) {
				continue;
			}
			List<String> closest = closest(known, word, MAX_CORRECTIONS);
			if (!closest.isEmpty()) {
				corrections.put(word, closest);
			}
		}
		return corrections;
	}

	private static List<String> closest(Words known, String word, int max) {
		int allowed = word.length() >= 8 ? 2 : 1;
		List<Candidate> found = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : known.byInitial().getOrDefault(word.charAt(0), List.of())) {
			String candidate = entry.getKey();
			if (Math.abs(candidate.length() - word.length()) > allowed || candidate.equals(word)) {
				continue;
			}
			int distance = distance(word, candidate, allowed);
			if (distance <= allowed) {
				found.add(new Candidate(candidate, distance, candidate.startsWith(word), entry.getValue()));
			}
		}
		found.sort(BEST_FIRST);
		return found.stream().limit(max).map(Candidate::word).toList();
	}

	/** Levenshtein distance, given up beyond the limit. */
	static int distance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private Words words() {
		Words known = words;
		if (known == null) {
			Map<String, Integer> titles = new HashMap<>();
			Map<String, Integer> candidates = new HashMap<>();
			Set<String> all = new HashSet<>();
			jdbc.query("select title || ' ' || titles, rare_titles, body from search.document", rs -> {
				for (String word : WORD_SEPARATOR.split(SearchText.normalise(rs.getString(1)))) {
					if (word.length() >= 3) {
						titles.merge(word, 1, Integer::sum);
						candidates.merge(word, 1, Integer::sum);
					}
				}
				for (String word : WORD_SEPARATOR.split(SearchText.normalise(rs.getString(2)))) {
					if (word.length() >= 3) {
						candidates.merge(word, 1, Integer::sum);
					}
				}
				for (String word : WORD_SEPARATOR.split(SearchText.normalise(rs.getString(3)))) {
					if (word.length() >= MIN_LENGTH) {
						all.add(word);
					}
				}
			});
			all.addAll(candidates.keySet());
			Map<Character, List<Map.Entry<String, Integer>>> byInitial = new HashMap<>();
			for (Map.Entry<String, Integer> entry : candidates.entrySet()) {
				byInitial.computeIfAbsent(entry.getKey().charAt(0), c -> new ArrayList<>())
					.add(Map.entry(entry.getKey(), entry.getValue()));
			}
			known = new Words(Map.copyOf(titles), Map.copyOf(byInitial), Set.copyOf(all));
			words = known;
		}
		return known;
	}

}
