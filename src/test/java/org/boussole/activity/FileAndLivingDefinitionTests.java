package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules of FILE questions (how many files, how large) and of living templates (they
 * need steps to update) in a template definition.
 */
class FileAndLivingDefinitionTests {

	final DefinitionReader reader = new DefinitionReader();

	List<String> problems(String json) {
		try {
			reader.read(json);
			return List.of();
		}
		catch (DefinitionRefused refused) {
			return refused.problems().stream().map(DefinitionProblem::key).toList();
		}
	}

	static String living(String living, String questions) {
		return """
				{"title": "Mon plan", %s "sections": [{"title": "Partie 1", "questions": [%s]}]}""".formatted(living,
				questions);
	}

	static String question(String id, String type, String extra) {
		return DefinitionValidatorTests.question(id, type, extra);
	}

	@Test // #2
	void aFileQuestionTakesThreeFilesOfTenMegabytesUnlessItSaysLess() {
		TemplateDefinition definition = reader.read(DefinitionValidatorTests.template(
				question("cv", "FILE", "") + "," + question("photo", "FILE", ", \"maxItems\": 1, \"maxSizeKb\": 512")));
		List<TemplateDefinition.Question> questions = definition.questions().toList();
		assertThat(questions.get(0).itemCount()).isEqualTo(3);
		assertThat(questions.get(0).fileSizeLimit()).isEqualTo(10L * 1024 * 1024);
		assertThat(questions.get(1).itemCount()).isEqualTo(1);
		assertThat(questions.get(1).fileSizeLimit()).isEqualTo(512L * 1024);
		assertThat(definition.hasFileQuestion()).isTrue();
	}

	@Test // #2
	void refusesAFileQuestionForTooManyOrNoFilesOrFilesOverTenMegabytes() {
		assertThat(problems(DefinitionValidatorTests.template(question("a", "FILE", ", \"maxItems\": 6"))))
			.containsExactly("activity.definition.badItems");
		assertThat(problems(DefinitionValidatorTests.template(question("a", "FILE", ", \"maxItems\": 0"))))
			.containsExactly("activity.definition.badItems");
		assertThat(problems(DefinitionValidatorTests.template(question("a", "FILE", ", \"maxSizeKb\": 10241"))))
			.containsExactly("activity.definition.fileSize");
		assertThat(problems(DefinitionValidatorTests.template(question("a", "FILE", ", \"options\": [\"a\", \"b\"]"))))
			.containsExactly("activity.definition.unexpectedOptions");
	}

	@Test // #2
	void aLivingTemplateNeedsStepsToUpdate() {
		assertThat(problems(living("\"living\": true,", question("etapes", "ACTION_STEPS", "")))).isEmpty();
		assertThat(reader.read(living("\"living\": true,", question("etapes", "ACTION_STEPS", ""))).updatedOverTime())
			.isTrue();
		assertThat(problems(living("\"living\": true,", question("texte", "LONG_TEXT", ""))))
			.containsExactly("activity.definition.livingWithoutSteps");
		assertThat(reader.read(living("", question("etapes", "ACTION_STEPS", ""))).updatedOverTime()).isFalse();
		assertThat(problems(living("\"living\": \"oui\",", question("etapes", "ACTION_STEPS", ""))))
			.containsExactly("activity.definition.notJson");
	}

	@Test // #2
	void theLivingFlagSurvivesExportAndImport() {
		TemplateDefinition definition = reader
			.read(living("\"living\": true,", question("etapes", "ACTION_STEPS", "")));
		String exported = reader.write(definition);
		assertThat(exported).contains("\"living\" : true");
		assertThat(reader.read(exported)).isEqualTo(definition);
	}

	@Test // #2
	void theBuiltInActionPlanIsLiving() throws Exception {
		assertThat(reader.read(BuiltInTemplates.shipped().get("plan-action")).updatedOverTime()).isTrue();
		assertThat(reader.read(BuiltInTemplates.shipped().get("premier-entretien")).updatedOverTime()).isFalse();
	}

}
