package org.boussole.content.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StarterGuideTests {

	static final String GOOD = """
			---
			slug: compte-personnel-de-formation
			titre: Le compte personnel de formation (CPF)
			resume: Une ou deux phrases.
			territoire: FRANCE
			publics: SALARIES, DEMANDEURS_EMPLOI, INDEPENDANTS
			themes: FINANCEMENT, FORMATION
			revu-le: 2026-11-15
			---
			## Première section

			Texte : avec deux-points.

			## Sources
			- [Mon compte formation](https://www.moncompteformation.gouv.fr/)
			""";

	@Test // #3
	void readsTheFrontMatterAndTheBody() {
		StarterGuide guide = StarterGuide.parse("cpf.md", GOOD);

		assertThat(guide.slug()).isEqualTo("compte-personnel-de-formation");
		assertThat(guide.content().title()).isEqualTo("Le compte personnel de formation (CPF)");
		assertThat(guide.content().territory()).isEqualTo(Territory.FRANCE);
		assertThat(guide.content().audiences()).containsExactlyInAnyOrder(Audience.SALARIES, Audience.DEMANDEURS_EMPLOI,
				Audience.INDEPENDANTS);
		assertThat(guide.content().themes()).containsExactlyInAnyOrder(Theme.FINANCEMENT, Theme.FORMATION);
		assertThat(guide.reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(guide.content().body()).startsWith("## Première section").contains("Texte : avec deux-points.");
	}

	@Test // #3
	void malformedFilesAreRefusedWithTheFileNameAndLine() {
		assertProblem(GOOD.replace("territoire: FRANCE", "territoire: FRANCEE"), "line 5", "FRANCEE");
		assertProblem(GOOD.replace("publics: SALARIES,", "publics: SALARIES, ETUDIANTS,"), "line 6", "ETUDIANTS");
		assertProblem(GOOD.replace("revu-le: 2026-11-15", "revu-le: 15/11/2026"), "line 8", "date");
		assertProblem(GOOD.replace("slug: compte-personnel-de-formation", "slug: Compte CPF"), "line 2", "slug");
		assertProblem(GOOD.replace("resume: Une ou deux phrases.", "resume Une ou deux phrases."), "line 4",
				"key: value");
		assertProblem(GOOD.replace("themes: FINANCEMENT, FORMATION\n", ""), "line 8", "themes");
		assertProblem(GOOD.replace("resume:", "auteur: X\nresume:"), "line 4", "unknown key");
		assertProblem(GOOD.substring(4), "line 1", "---");
		assertProblem(GOOD.replace("revu-le: 2026-11-15\n---", "revu-le: 2026-11-15"), "line 9", "key: value");
		assertProblem(GOOD.replace("## Première section", "<script>alert(1)</script>"), "line 10", "HTML");
		assertProblem(GOOD.replace("https://www.moncompteformation.gouv.fr/", "javascript:alert(1)"), "line 10",
				"unsafe");
	}

	@Test // #3
	void theShippedGuidesAreWellFormed() throws Exception {
		List<StarterGuide> shipped = StarterGuides.read();

		assertThat(shipped).extracting(StarterGuide::slug)
			.contains("compte-personnel-de-formation", "validation-des-acquis-de-l-experience");
	}

	private static void assertProblem(String text, String line, String words) {
		assertThatIllegalArgumentException().isThrownBy(() -> StarterGuide.parse("guide-essai.md", text))
			.withMessageStartingWith("guide-essai.md, " + line)
			.withMessageContaining(words);
	}

}
