package org.boussole.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of every title in the index, to correct a query and to propose « Vouliez-vous
 * dire … ? »: each word of four letters or more found nowhere in the index (titles or
 * text) is replaced by the closest title word with the same first letter (one edit for
 * short words, two for long ones); when several are as close, one that begins with the
 * typed word (the end was left out), then the most frequent.
 */
@Component
class TitleVocabulary {

	private final JdbcTemplate jdbc;

	private volatile @Nullable Map<String, Integer> words;

	private volatile @Nullable Set<String> textWords;

	TitleVocabulary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void invalidate() {
		words = null;
		textWords = null;
	}

	/**
	 * @return the corrected query, or {@literal null} when no word needs a correction
	 */
	@Nullable String suggest(List<String> queryWords) {
		Map<String, Integer> known = words();
		Set<String> inText = textWords();
		boolean changed = false;
		StringJoiner suggestion = new StringJoiner(" ");
		for (String word : queryWords) {
			String best = known.containsKey(word) || word.length() < 4 || inText.contains(word) ? word
					: closest(known, word);
			changed |= !best.equals(word);
			suggestion.add(best);
		}
		return changed ? suggestion.toString() : null;
	}

	private static String closest(Map<String, Integer> known, String word) {
		int allowed = word.length() >= 8 ? 2 : 1;
		String best = word;
		int bestDistance = allowed + 1;
		boolean bestCompletes = false;
		int bestCount = 0;
		for (Map.Entry<String, Integer> entry : known.entrySet()) {
			String candidate = entry.getKey();
			// people seldom get the first letter wrong: keeping it avoids "correcting"
			// noise
			if (Math.abs(candidate.length() - word.length()) > allowed || candidate.charAt(0) != word.charAt(0)) {
				continue;
			}
			int distance = distance(word, candidate, allowed);
			boolean completes = candidate.startsWith(word);
			if (distance < bestDistance || (distance == bestDistance
					&& (completes && !bestCompletes || completes == bestCompletes && entry.getValue() > bestCount))) {
				best = candidate;
				bestDistance = distance;
				bestCompletes = completes;
				bestCount = entry.getValue();
			}
		}
		return best;
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

	/**
	 * The words of the text of every document, which are not typos even if no title has
	 * them.
	 */
	private Set<String> textWords() {
		Set<String> known = textWords;
		if (known == null) {
			Set<String> read = new HashSet<>();
			jdbc.query("select body from search.document", rs -> {
				for (String word : SearchText.normalise(rs.getString(1)).split(" ")) {
					if (word.length() >= 4) {
						read.add(word);
					}
				}
			});
			known = Set.copyOf(read);
			textWords = known;
		}
		return known;
	}

	private Map<String, Integer> words() {
		Map<String, Integer> known = words;
		if (known == null) {
			Map<String, Integer> read = new HashMap<>();
			jdbc.query("select title || ' ' || titles from search.document", rs -> {
				for (String word : SearchText.normalise(rs.getString(1)).split(" ")) {
					if (word.length() >= 3) {
						read.merge(word, 1, Integer::sum);
					}
				}
			});
			known = Map.copyOf(read);
			words = known;
		}
		return known;
	}

}
