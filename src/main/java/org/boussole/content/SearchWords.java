package org.boussole.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as a picker compares them: lower case, without accents, ligatures spelled out,
 * anything but letters and digits turned into spaces.
 */
final class SearchWords {

	/** Longer than any job title or skill label a person would type. */
	static final int MAX_QUERY_LENGTH = 100;

	private static final int MAX_WORDS = 8;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchWords() {
	}

	/**
	 * @return the words of the text, each preceded and followed by one space, so that
	 * {@code contains(" " + word)} tells whether a word begins so
	 */
	static String padded(String text) {
		return " " + normalize(text) + " ";
	}

	static String normalize(String text) {
		String lower = text.toLowerCase(Locale.FRENCH).replace("œ", "oe").replace("æ", "ae");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return NOT_WORD.matcher(plain).replaceAll(" ").strip();
	}

	/**
	 * @return the words of a query; none for a blank or over-long one
	 */
	static List<String> query(String query) {
		if (query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : normalize(query).split(" ")) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	/**
	 * @param padded a text as {@link #padded(String)} gives it
	 * @return whether every word begins a word of the text
	 */
	static boolean matchesAll(String padded, List<String> words) {
		for (String word : words) {
			if (!padded.contains(" " + word)) {
				return false;
			}
		}
		return !words.isEmpty();
	}

}
