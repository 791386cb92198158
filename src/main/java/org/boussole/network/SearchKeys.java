package org.boussole.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a commune name into the key it is searched by: lower case, no accents, hyphens
 * and apostrophes as spaces, "st"/"ste" spelled "saint"/"sainte", so that "ST JULIEN EN
 * GENEVOIS", "Saint-Julien-en-Genevois" and "saint julien en genevois" meet.
 */
final class SearchKeys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchKeys() {
	}

	static String normalise(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		String spaced = SEPARATORS.matcher(plain).replaceAll(" ").strip();
		StringBuilder key = new StringBuilder(spaced.length() + 8);
		for (String word : spaced.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(switch (word) {
				case "st" -> "saint";
				case "ste" -> "sainte";
				default -> word;
			});
		}
		return key.toString();
	}

}
