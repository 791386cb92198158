package org.boussole.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person typed, made safe and plain: cut to {@value #MAX_LENGTH} characters, every
 * character that is neither a letter, a digit nor an apostrophe turned into a space, so
 * that no query syntax ever reaches the index.
 */
record SearchText(String shown, String plain, boolean cut) {

	static final int MAX_LENGTH = 200;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	static SearchText of(String typed) {
		String stripped = typed.strip();
		boolean cut = stripped.codePointCount(0, stripped.length()) > MAX_LENGTH;
		String shown = cut ? stripped.substring(0, stripped.offsetByCodePoints(0, MAX_LENGTH)) : stripped;
		String plain = NOT_WORD.matcher(shown).replaceAll(" ").replace('’', '\'').strip();
		return new SearchText(shown, plain, cut);
	}

	boolean isEmpty() {
		return plain.isEmpty();
	}

	/**
	 * @return the words in lower case without accents, for synonyms and the log
	 */
	String normalised() {
		return normalise(plain);
	}

	List<String> words() {
		String normalised = normalised();
		return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
	}

	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
		return NOT_WORD.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").replace('’', '\'').strip();
	}

}
