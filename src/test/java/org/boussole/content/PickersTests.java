package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The job and skill pickers on the shipped release. */
class PickersTests {

	static final JobPicker jobs = new JobPicker(ShippedRome::titles);

	static final SkillPicker skills = new SkillPicker(ShippedRome::skills);

	@Test // #7
	void findsAFicheByItsRomeCodeInAnyCase() {
		assertThat(jobs.find("D1102")).containsExactly(new JobOption("D1102", "Boulanger / Boulangère", null));
		assertThat(jobs.find(" d1102 ")).extracting(JobOption::code).containsExactly("D1102");
		assertThat(jobs.find("D11")).extracting(JobOption::code).startsWith("D1101", "D1102").hasSize(18);
		assertThat(jobs.find("d1")).hasSize(JobPicker.MAX_OPTIONS);
		assertThat(jobs.find("Z9999")).isEmpty();
	}

	@Test // #7
	void findsFichesByWordsWithoutAccentsLabelsFirst() {
		List<JobOption> found = jobs.find("boulangere");
		assertThat(found.get(0).code()).isEqualTo("D1102");
		assertThat(found).extracting(JobOption::code).contains("D1108");
		assertThat(jobs.find("PATISSIER")).extracting(JobOption::code).startsWith("D1104");
		// « Ouvrier boulanger » is a job title of D1102, not a fiche label
		assertThat(jobs.find("ouvrier boul")).extracting(JobOption::code).contains("D1102");
		assertThat(jobs.find("ouvrier boul")).filteredOn(o -> o.code().equals("D1102"))
			.extracting(JobOption::title)
			.allSatisfy(title -> assertThat(title).containsIgnoringCase("ouvri"));
		assertThat(jobs.find("a")).hasSizeLessThanOrEqualTo(JobPicker.MAX_OPTIONS);
	}

	@Test // #7
	void emptyOverLongOrHostileQueriesGiveNothing() {
		assertThat(jobs.find("")).isEmpty();
		assertThat(jobs.find("   ")).isEmpty();
		assertThat(jobs.find("boulanger ".repeat(20))).isEmpty();
		assertThat(jobs.find("<script>alert(1)</script>")).isEmpty();
		assertThat(jobs.find("'; drop table content.job; --")).isEmpty();
		assertThat(jobs.find("%%%***")).isEmpty();
		assertThat(skills.find("")).isEmpty();
		assertThat(skills.find("x".repeat(101))).isEmpty();
		assertThat(skills.find("<img src=x onerror=alert(1)>")).isEmpty();
	}

	@Test // #7
	void findsSkillsByWordsWithTheirCodeAndMacroSkill() {
		List<Skill> found = skills.find("cuire patons");
		assertThat(found).extracting(Skill::ogr).contains("124958");
		Skill skill = found.stream().filter(s -> s.ogr().equals("124958")).findFirst().orElseThrow();
		assertThat(skill.label()).isEqualTo("Cuire des pâtons");
		assertThat(skill.groupLabel())
			.isEqualTo("Réaliser des préparations de pâtisserie, boulangerie, viennoiserie, et chocolaterie");
		assertThat(skill.soft()).isFalse();
		assertThat(skills.find("autonomie")).extracting(Skill::label).contains("Faire preuve d'autonomie");
		assertThat(skills.find("soud")).hasSize(SkillPicker.MAX_OPTIONS);
		assertThat(skills.find("Cuire").get(0).label()).startsWith("Cuire");
		assertThat(skills.skills(List.of("124958", "nope", "124958"))).extracting(Skill::ogr).containsExactly("124958");
	}

}
