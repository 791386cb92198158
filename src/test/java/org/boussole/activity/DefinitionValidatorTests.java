package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * What the library accepts as a template definition: every rule, and the French message
 * key of each refusal.
 */
class DefinitionValidatorTests {

	final DefinitionReader reader = new DefinitionReader();

	static String template(String questions) {
		return """
				{"title": "Mon activité", "sections": [{"title": "Partie 1", "questions": [%s]}]}"""
			.formatted(questions);
	}

	static String question(String id, String type, String extra) {
		return """
				{"id": "%s", "label": "Question %s", "type": "%s"%s}""".formatted(id, id, type, extra);
	}

	List<String> problems(String json) {
		try {
			reader.read(json);
			return List.of();
		}
		catch (DefinitionRefused refused) {
			return refused.problems().stream().map(DefinitionProblem::key).toList();
		}
	}

	@Test // #2
	void acceptsEveryQuestionType() {
		String questions = String.join(",", question("a", "SHORT_TEXT", ""), question("b", "LONG_TEXT", ""),
				question("c", "SINGLE_CHOICE", ", \"options\": [\"Oui\", \"Non\"]"),
				question("d", "MULTIPLE_CHOICE", ", \"options\": [\"Un\", \"Deux\"]"),
				question("e", "SCALE", ", \"min\": 0, \"max\": 10"),
				question("f", "RANKING", ", \"options\": [\"Un\", \"Deux\"]"), question("g", "DATE", ""),
				question("h", "CHECKLIST", ", \"options\": [\"Un\", \"Deux\"]"),
				question("i", "FILE", ", \"maxSizeKb\": 2048"), question("j", "JOB_PICKER", ", \"maxItems\": 3"),
				question("k", "SKILL_PICKER", ""), question("l", "INTEREST_RATINGS", ""),
				question("m", "ACTION_STEPS", ""));
		TemplateDefinition definition = reader.read(template(questions));
		assertThat(definition.questions()).hasSize(13);
		assertThat(definition.questions().map(TemplateDefinition.Question::kind)).doesNotContainNull();
	}

	@Test
	void readsTextsWithoutTheControlCharactersOfJsonEscapes() {
		String json = template(question("a", "SINGLE_CHOICE", ", \"options\": [\"O\\u0000ui\", \"Non\"]"))
			.replace("Mon activité", "Mon\\u0000 acti\\u0007vité");
		TemplateDefinition definition = reader.read(json);
		assertThat(definition.title()).isEqualTo("Mon activité");
		assertThat(reader.write(definition)).doesNotContain("\\u0000", "\\u0007").contains("\"Oui\"");
	}

	@Test // #2
	void refusesAnUnknownQuestionType() {
		assertThat(problems(template(question("a", "VIDEO", "")))).containsExactly("activity.definition.unknownType");
	}

	@Test // #2
	void refusesChoicesWithoutOptions() {
		assertThat(problems(template(question("a", "SINGLE_CHOICE", ", \"options\": [\"Seul\"]"))))
			.containsExactly("activity.definition.missingOptions");
		assertThat(problems(template(question("a", "RANKING", ""))))
			.containsExactly("activity.definition.missingOptions");
	}

	@Test // #2
	void refusesDuplicateQuestionIds() {
		assertThat(problems(template(question("a", "DATE", "") + "," + question("a", "DATE", ""))))
			.containsExactly("activity.definition.duplicateId");
	}

	@Test // #2
	void refusesMarkupInTexts() {
		assertThat(problems(template("""
				{"id": "a", "label": "<script>alert(1)</script>", "type": "DATE"}""")))
			.containsExactly("activity.definition.label.markup");
		assertThat(problems(template(question("a", "SINGLE_CHOICE", ", \"options\": [\"<b>Oui</b>\", \"Non\"]"))))
			.containsExactly("activity.definition.option.markup");
		assertThat(problems("""
				{"title": "<img src=x onerror=alert(1)>", "sections": [{"title": "P", "questions": [%s]}]}"""
			.formatted(question("a", "DATE", "")))).containsExactly("activity.definition.title.markup");
	}

	@Test // #2
	void acceptsComparisonsThatAreNotMarkup() {
		assertThat(problems(template("""
				{"id": "a", "label": "Moins de 15 km < 30 km ?", "type": "DATE"}"""))).isEmpty();
	}

	@Test // #2
	void refusesOverLongLabels() {
		assertThat(problems(template("""
				{"id": "a", "label": "%s", "type": "DATE"}""".formatted("x".repeat(301)))))
			.containsExactly("activity.definition.label.tooLong");
	}

	@Test // #2
	void refusesTenThousandQuestions() {
		String questions = IntStream.range(0, 10_000)
			.mapToObj(i -> question("q" + i, "SHORT_TEXT", ""))
			.collect(Collectors.joining(","));
		assertThat(problems(template(questions))).containsExactly("activity.definition.tooManyQuestions");
	}

	@Test // #2
	void refusesMoreThanThirtySections() {
		String sections = IntStream.range(0, 31)
			.mapToObj(i -> "{\"title\": \"P%d\", \"questions\": [%s]}".formatted(i, question("q" + i, "DATE", "")))
			.collect(Collectors.joining(","));
		assertThat(problems("{\"title\": \"T\", \"sections\": [" + sections + "]}"))
			.containsExactly("activity.definition.tooManySections");
	}

	@Test // #2
	void refusesAFileLimitAboveTenMegabytes() {
		assertThat(problems(template(question("a", "FILE", ", \"maxSizeKb\": 20480"))))
			.containsExactly("activity.definition.fileSize");
	}

	@Test // #2
	void refusesABadScale() {
		assertThat(problems(template(question("a", "SCALE", ", \"min\": 5, \"max\": 2"))))
			.containsExactly("activity.definition.badScale");
	}

	@Test // #2
	void refusesWhatIsNotATemplate() {
		assertThat(problems("not json")).containsExactly("activity.definition.notJson");
		assertThat(problems("[1, 2]")).containsExactly("activity.definition.notJson");
		assertThat(problems(template(question("a", "DATE", ", \"onload\": \"x\""))))
			.containsExactly("activity.definition.notJson");
		assertThat(problems("{\"title\": \"T\", \"sections\": []}")).contains("activity.definition.noSection");
		assertThat(problems("x".repeat(DefinitionReader.MAX_BYTES + 1)))
			.containsExactly("activity.definition.tooLarge");
	}

	@Test // #2
	void writesWhatItReads() {
		TemplateDefinition definition = reader
			.read(template(question("a", "SCALE", ", \"min\": 1, \"max\": 4, \"minLabel\": \"Non\"")));
		assertThat(reader.read(reader.write(definition))).isEqualTo(definition);
		assertThat(reader.write(definition)).doesNotContain("null").contains("\"minLabel\"");
	}

	@Test // #2
	void everyRefusalHasAFrenchAndAnEnglishMessage() throws Exception {
		java.util.Properties fr = new java.util.Properties();
		java.util.Properties en = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/messages/activity.properties"),
				java.nio.charset.StandardCharsets.UTF_8);
				var inEn = new java.io.InputStreamReader(
						getClass().getResourceAsStream("/messages/activity_en.properties"),
						java.nio.charset.StandardCharsets.UTF_8)) {
			fr.load(in);
			en.load(inEn);
		}
		List<String> keys = List.of("unknownType", "missingOptions", "duplicateId", "label.markup", "label.tooLong",
				"tooManyQuestions", "tooManySections", "fileSize", "notJson", "tooLarge", "badScale", "noSection",
				"title.markup", "option.markup", "title.missing", "sectionTitle.missing", "label.missing",
				"option.missing", "description.tooLong", "instructions.markup", "help.markup", "scaleLabel.markup",
				"badId", "badItems", "unexpectedOptions", "tooManyOptions", "duplicateOption", "noQuestion",
				"sectionTitle.tooLong", "sectionTitle.markup", "title.tooLong", "description.markup",
				"instructions.tooLong", "help.tooLong", "scaleLabel.tooLong", "option.tooLong");
		for (String key : keys) {
			assertThat(fr.getProperty("activity.definition." + key)).as(key).isNotBlank();
			assertThat(en.getProperty("activity.definition." + key)).as(key).isNotBlank();
		}
	}

	@Test // #2
	void aRefusalListsAtMostTwentyProblems() {
		String questions = IntStream.range(0, 100)
			.mapToObj(i -> question("a", "NOPE", ""))
			.collect(Collectors.joining(","));
		assertThatThrownBy(() -> reader.read(template(questions))).isInstanceOfSatisfying(DefinitionRefused.class,
				refused -> assertThat(refused.problems()).hasSize(DefinitionValidator.MAX_PROBLEMS));
	}

}
