package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Skill results computed on the real skills of the shipped release. */
class SkillProfilesTests {

	static final SkillProfiles profiles = new SkillProfiles(ShippedRome::skills);

	// « Cuire des pâtons », « Cuire des pièces de viennoiserie », « Confectionner des
	// viennoiseries », « Défourner des pains et viennoiseries »
	static final List<String> BAKING = List.of("124958", "124959", "126357", "124960");

	@Test // #7
	void bakingSkillsLeadToTheBakersFiches() {
		SkillResult result = profiles.result(BAKING);
		assertThat(result.jobs()).extracting(SkillMatch::code).startsWith(result.jobs().get(0).code());
		assertThat(result.jobs().subList(0, 2)).extracting(SkillMatch::code)
			.containsExactlyInAnyOrder("D1102", "D1108");
		SkillMatch baker = result.jobs().stream().filter(m -> m.code().equals("D1102")).findFirst().orElseThrow();
		assertThat(baker.matched()).isEqualTo(4);
		assertThat(baker.total()).isGreaterThan(4);
		assertThat(baker.percent()).isBetween(1, 99);
		assertThat(baker.matchedSkills()).contains("Cuire des pâtons");
	}

	@Test // #7
	void fichesAreRankedByNumberThenShareOfMatchedSkills() {
		List<SkillMatch> jobs = profiles.result(List.of("124958", "300460", "300465"), 500).jobs();
		assertThat(jobs).hasSizeGreaterThan(20);
		for (int i = 1; i < jobs.size(); i++) {
			SkillMatch before = jobs.get(i - 1);
			SkillMatch after = jobs.get(i);
			assertThat(before.matched()).isGreaterThanOrEqualTo(after.matched());
			if (before.matched() == after.matched()) {
				assertThat((double) before.matched() / before.total())
					.isGreaterThanOrEqualTo((double) after.matched() / after.total());
			}
		}
		assertThat(profiles.result(List.of("300460")).jobs()).hasSize(SkillProfiles.JOBS);
	}

	@Test // #7
	void chosenSkillsAreGroupedByMacroSkillWithTheSoftSkillsLast() {
		SkillResult result = profiles.result(List.of("124958", "126357", "300460", "999999999"));
		assertThat(result.groups()).hasSize(2);
		SkillGroup baking = result.groups().get(0);
		assertThat(baking.code()).isEqualTo("300089");
		assertThat(baking.label())
			.isEqualTo("Réaliser des préparations de pâtisserie, boulangerie, viennoiserie, et chocolaterie");
		assertThat(baking.skills()).extracting(Skill::label)
			.containsExactly("Confectionner des viennoiseries", "Cuire des pâtons");
		SkillGroup soft = result.groups().get(1);
		assertThat(soft.soft()).isTrue();
		assertThat(soft.skills()).extracting(Skill::label).containsExactly("Faire preuve d'autonomie");
	}

	@Test // #7
	void aMacroSkillMatchesTheFichesListingItsSkills() {
		SkillResult result = profiles.result(List.of("300089"));
		assertThat(result.jobs()).extracting(SkillMatch::code).contains("D1102", "D1104");
	}

	@Test // #7
	void unknownOrNoCodesGiveNothing() {
		assertThat(profiles.result(List.of()).jobs()).isEmpty();
		assertThat(profiles.result(List.of("<script>", "")).groups()).isEmpty();
	}

}
