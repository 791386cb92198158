package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in French and English, every key used by a template exists, and no
 * template holds visible text that does not come from a message bundle.
 */
class I18nPropertiesSyncTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	/**
	 * Attributes whose presence means the element's own text is replaced at rendering.
	 */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:each", "th:errors", "th:field");

	@Test // #2
	void everyBundleHasTheSameKeysInFrenchAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path french : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path english = Path.of(french.toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle of %s", french).exists();
				Set<String> fr = load(french).stringPropertyNames();
				Set<String> en = load(english).stringPropertyNames();
				assertThat(en).as("keys of %s missing in English", french).containsAll(fr);
				assertThat(fr).as("keys of %s missing in French", english).containsAll(en);
			}
		}
	}

	@Test // #2
	void everyKeyUsedByATemplateExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.toList()) {
				known.addAll(load(bundle).stringPropertyNames());
			}
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used by templates but defined nowhere").isEmpty();
	}

	@Test // #2
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			if (!template.toString().endsWith(".html")) {
				continue;
			}
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				String text = element.ownText().strip();
				if (text.chars().anyMatch(Character::isLetter) && !isReplaced(element) && !isAllowed(element, text)) {
					offenders.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text);
				}
			}
		}
		assertThat(offenders).as("visible text that does not come from a message bundle").isEmpty();
	}

	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	// the names of the languages in the switch are written in their own language on
	// purpose
	private static boolean isAllowed(Element element, String text) {
		return element.hasAttr("lang") && Set.of("English", "Français").contains(text);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
