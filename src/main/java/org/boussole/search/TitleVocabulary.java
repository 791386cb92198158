package org.boussole.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of every title in the index, to propose « Vouliez-vous dire … ? » when a
 * query finds little: each unknown word is replaced by the closest known one (one edit
 * for short words, two for long ones), the most frequent when several are as close.
 */
@Component
class TitleVocabulary {

	private final JdbcTemplate jdbc;

	private volatile @Nullable Map<String, Integer> words;

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
		Map<String, Integer> known = words();
		boolean changed = false;
		StringJoiner suggestion = new StringJoiner(" ");
		for (String word : queryWords) {
			String best = known.containsKey(word) || word.length() < 4 ? word : closest(known, word);
			changed |= !best.equals(word);
			suggestion.add(best);
		}
		return changed ? suggestion.toString() : null;
	}

	private static String closest(Map<String, Integer> known, String word) {
		int allowed = word.length() >= 8 ? 2 : 1;
		String best = word;
		int bestDistance = allowed + 1;
		int bestCount = 0;
		for (Map.Entry<String, Integer> entry : known.entrySet()) {
			String candidate = entry.getKey();
			if (Math.abs(candidate.length() - word.length()) > allowed) {
				continue;
			}
			int distance = distance(word, candidate, allowed);
			if (distance < bestDistance || (distance == bestDistance && entry.getValue() > bestCount)) {
				best = candidate;
				bestDistance = distance;
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
