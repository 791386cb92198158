package org.boussole.content.guide;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A guide shipped with Boussole, read from a Markdown file that starts with a front
 * matter block of {@code key: value} lines between two {@code ---} lines:
 *
 * <pre>
 * ---
 * slug: compte-personnel-de-formation
 * titre: Le compte personnel de formation (CPF)
 * resume: Une ou deux phrases.
 * territoire: FRANCE
 * publics: SALARIES, DEMANDEURS_EMPLOI
 * themes: FINANCEMENT, FORMATION
 * revu-le: 2026-11-15
 * ---
 * ## Première section
 * </pre>
 *
 * @param slug the address of the guide
 * @param content its text and classification
 * @param reviewedOn the day it was last checked
 */
record StarterGuide(String slug, GuideContent content, LocalDate reviewedOn) {

	private static final List<String> KEYS = List.of("slug", "titre", "resume", "territoire", "publics", "themes",
			"revu-le");

	/**
	 * @param fileName the name of the file, for the error messages
	 * @param text the whole file
	 * @return the guide, never {@literal null}
	 * @throws IllegalArgumentException naming the file and the line when the file is
	 * malformed
	 */
	static StarterGuide parse(String fileName, String text) {
		List<String> lines = text.replace("\r\n", "\n").lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			throw problem(fileName, 1, "the file must start with a line '---'");
		}
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> lineOf = new LinkedHashMap<>();
		int end = -1;
		for (int i = 1; i < lines.size() && end < 0; i++) {
			String line = lines.get(i);
			if (line.strip().equals("---")) {
				end = i;
			}
			else if (!line.isBlank()) {
				readLine(fileName, i + 1, line, values, lineOf);
			}
		}
		if (end < 0) {
			throw problem(fileName, lines.size(), "the front matter has no closing line '---'");
		}
		for (String key : KEYS) {
			if (!values.containsKey(key)) {
				throw problem(fileName, end + 1, "the front matter lacks '" + key + ":'");
			}
		}
		String body = String.join("\n", lines.subList(end + 1, lines.size())).strip() + "\n";
		if (body.isBlank()) {
			throw problem(fileName, end + 1, "the guide has no text after the front matter");
		}
		StarterGuide guide = build(fileName, values, lineOf);
		int bodyLine = end + 2;
		GuideMarkdown.check(body).ifPresent(bad -> {
			throw problem(fileName, bodyLine, "the body holds HTML or an unsafe address: " + bad.excerpt());
		});
		return new StarterGuide(guide.slug(), withBody(guide.content(), body), guide.reviewedOn());
	}

	private static void readLine(String fileName, int number, String line, Map<String, String> values,
			Map<String, Integer> lineOf) {
		int colon = line.indexOf(':');
		if (colon <= 0) {
			throw problem(fileName, number, "expected 'key: value', found '" + line.strip() + "'");
		}
		String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		String value = line.substring(colon + 1).strip();
		if (!KEYS.contains(key)) {
			throw problem(fileName, number, "unknown key '" + key + "'");
		}
		if (values.containsKey(key)) {
			throw problem(fileName, number, "'" + key + "' appears twice");
		}
		if (value.isEmpty()) {
			throw problem(fileName, number, "'" + key + "' has no value");
		}
		values.put(key, value);
		lineOf.put(key, number);
	}

	private static StarterGuide build(String fileName, Map<String, String> values, Map<String, Integer> lineOf) {
		String slug = values.get("slug");
		if (!Guide.SLUG.matcher(slug).matches()) {
			throw problem(fileName, lineOf.get("slug"), "the slug must be 3 to 80 of a-z, 0-9 and '-'");
		}
		String summary = values.get("resume");
		if (summary.length() > GuideForm.SUMMARY_MAX) {
			throw problem(fileName, lineOf.get("resume"), "the summary is longer than 300 characters");
		}
		Territory territory = one(Territory.class, fileName, lineOf.get("territoire"), values.get("territoire"));
		Set<Audience> audiences = several(Audience.class, fileName, lineOf.get("publics"), values.get("publics"));
		Set<Theme> themes = several(Theme.class, fileName, lineOf.get("themes"), values.get("themes"));
		LocalDate reviewed;
		try {
			reviewed = LocalDate.parse(values.get("revu-le"));
		}
		catch (DateTimeParseException ex) {
			throw problem(fileName, lineOf.get("revu-le"), "expected a date such as 2026-11-15");
		}
		GuideContent content = new GuideContent(values.get("titre"), summary, "", territory, audiences, themes);
		return new StarterGuide(slug, content, reviewed);
	}

	private static <E extends Enum<E>> E one(Class<E> type, String fileName, int line, String code) {
		try {
			return Enum.valueOf(type, code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw problem(fileName, line,
					"unknown value '" + code.strip() + "', expected one of " + List.of(type.getEnumConstants()));
		}
	}

	private static <E extends Enum<E>> Set<E> several(Class<E> type, String fileName, int line, String codes) {
		Set<E> values = EnumSet.noneOf(type);
		List<String> parts = new ArrayList<>(List.of(codes.split(",")));
		for (String part : parts) {
			values.add(one(type, fileName, line, part));
		}
		return values;
	}

	private static GuideContent withBody(GuideContent content, String body) {
		return new GuideContent(content.title(), content.summary(), body, content.territory(), content.audiences(),
				content.themes());
	}

	private static IllegalArgumentException problem(String fileName, int line, String message) {
		return new IllegalArgumentException(fileName + ", line " + line + ": " + message);
	}

}
