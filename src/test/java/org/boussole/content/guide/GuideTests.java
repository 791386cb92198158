package org.boussole.content.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.boussole.content.editorial.Author;
import org.junit.jupiter.api.Test;

class GuideTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final Author ROMANE = new Author(null, "Romane");

	static GuideContent content(String title) {
		return new GuideContent(title, "Résumé", "## Texte\n\nCorps.\n", Territory.FRANCE,
				EnumSet.of(Audience.SALARIES), EnumSet.of(Theme.FINANCEMENT));
	}

	static Guide draft() {
		return Guide.draft("le-cpf", content("Le CPF"), LocalDate.of(2026, 3, 2), ROMANE, NOW);
	}

	@Test // #3
	void aNewGuideIsADraftThatNoVisitorSees() {
		Guide guide = draft();

		assertThat(guide.getStatus()).isEqualTo(GuideStatus.DRAFT);
		assertThat(guide.isOnline()).isFalse();
		assertThat(guide.liveContent()).isNull();
	}

	@Test // #3
	void editingAPublishedGuideLeavesTheLiveVersionUntilPublishedAgain() {
		Guide guide = draft();
		guide.publish("<p>v1</p>", ROMANE, NOW);

		guide.write(content("Le CPF, nouvelle version"), ROMANE, NOW.plusSeconds(60));

		assertThat(guide.liveContent().title()).isEqualTo("Le CPF");
		assertThat(guide.getLiveHtml()).isEqualTo("<p>v1</p>");
		assertThat(guide.hasUnpublishedChanges()).isTrue();
		guide.publish("<p>v2</p>", ROMANE, NOW.plusSeconds(120));
		assertThat(guide.liveContent().title()).isEqualTo("Le CPF, nouvelle version");
		assertThat(guide.hasUnpublishedChanges()).isFalse();
	}

	@Test // #3
	void publishingTwiceWithoutChangeIsRefused() {
		Guide guide = draft();
		guide.publish("<p>v1</p>", ROMANE, NOW);

		assertThatIllegalStateException().isThrownBy(() -> guide.publish("<p>v1</p>", ROMANE, NOW));
	}

	@Test // #3
	void aScheduledPublicationMustBeInTheFutureAndBecomesDueAtItsTime() {
		Guide guide = draft();

		assertThatIllegalArgumentException().isThrownBy(() -> guide.schedule(NOW, ROMANE, NOW));
		guide.schedule(NOW.plus(Duration.ofHours(2)), ROMANE, NOW);

		assertThat(guide.getStatus()).isEqualTo(GuideStatus.SCHEDULED);
		assertThat(guide.isDue(NOW.plus(Duration.ofHours(1)))).isFalse();
		assertThat(guide.isDue(NOW.plus(Duration.ofHours(2)))).isTrue();
		guide.publish("<p>v1</p>", Author.BOUSSOLE, NOW.plus(Duration.ofHours(2)));
		assertThat(guide.getStatus()).isEqualTo(GuideStatus.PUBLISHED);
		assertThat(guide.getPublishAt()).isNull();
	}

	@Test // #3
	void unpublishingTakesTheGuideOfflineAndKeepsTheWorkingCopy() {
		Guide guide = draft();
		assertThatIllegalStateException().isThrownBy(() -> guide.unpublish(ROMANE, NOW));
		guide.publish("<p>v1</p>", ROMANE, NOW);

		guide.unpublish(ROMANE, NOW);

		assertThat(guide.isOnline()).isFalse();
		assertThat(guide.getStatus()).isEqualTo(GuideStatus.UNPUBLISHED);
		assertThat(guide.content().title()).isEqualTo("Le CPF");
	}

	@Test // #3
	void markingReviewedSetsTheDayAndWhoChangedIt() {
		Guide guide = draft();

		guide.markReviewed(LocalDate.of(2027, 1, 5), new Author(null, "Jules"), NOW);

		assertThat(guide.getLastReviewed()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(guide.getUpdatedByName()).isEqualTo("Jules");
	}

	@Test // #3
	void aSlugIsLowercaseLettersDigitsAndHyphens() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Guide.draft("Le CPF", content("x"), LocalDate.of(2026, 1, 1), ROMANE, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Guide.draft("ab", content("x"), LocalDate.of(2026, 1, 1), ROMANE, NOW));
	}

}
