package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The templates shipped with Boussole are all valid, and say what the library promises.
 */
class BuiltInTemplatesTests {

	final DefinitionReader reader = new DefinitionReader();

	@Test // #2
	void everyShippedTemplateIsValid() throws Exception {
		Map<String, String> shipped = BuiltInTemplates.shipped();
		assertThat(shipped).hasSize(7);
		shipped.forEach((key, json) -> assertThat(reader.read(json).title()).as(key).isNotBlank());
	}

	@Test // #2
	void theLibraryHasTheSevenActivitiesOfTheService() throws Exception {
		Map<String, String> shipped = BuiltInTemplates.shipped();
		assertThat(shipped.values().stream().map(json -> reader.read(json).title())).containsExactlyInAnyOrder(
				"Préparer mon premier entretien", "Mes centres d'intérêt", "Mes expériences et mes compétences",
				"Explorer des métiers", "Mon plan d'action", "Après l'entretien", "Mon avis sur l'accompagnement");
		assertThat(reader.read(shipped.get("centres-interet")).questions().map(TemplateDefinition.Question::kind))
			.contains(QuestionType.INTEREST_RATINGS);
		assertThat(reader.read(shipped.get("plan-action")).questions().map(TemplateDefinition.Question::kind))
			.contains(QuestionType.ACTION_STEPS);
		assertThat(reader.read(shipped.get("explorer-metiers"))
			.questions()
			.filter(q -> q.kind() == QuestionType.JOB_PICKER)
			.map(TemplateDefinition.Question::itemCount)).containsExactly(3);
		assertThat(reader.read(shipped.get("experiences-competences"))
			.questions()
			.filter(q -> q.kind() == QuestionType.SKILL_PICKER)).hasSize(3);
	}

}
