package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTextTests {

	@Test // #4
	void removesQuerySyntaxAndCutsLongQueries() {
		SearchText text = SearchText.of("  infirm* AND \"bloc\" ~2 (x) \\ ");
		assertThat(text.plain()).isEqualTo("infirm AND bloc 2 x");
		SearchText longOne = SearchText.of("a".repeat(10_000));
		assertThat(longOne.cut()).isTrue();
		assertThat(longOne.shown()).hasSize(SearchText.MAX_LENGTH);
	}

	@Test // #4
	void normalisesCaseAndAccents() {
		assertThat(SearchText.of("Boulangère d’Évian").normalised()).isEqualTo("boulangere d'evian");
	}

	@Test // #4
	void highlightsAreEscapedExceptTheirOwnMarks() {
		assertThat(SiteSearch.safe("<b>\u0001pain\u0002</b>")).isEqualTo("&lt;b&gt;<mark>pain</mark>&lt;/b&gt;");
	}

	@Test // #4
	void levenshteinDistanceStopsAtItsLimit() {
		assertThat(TitleVocabulary.distance("boulengerie", "boulangerie", 2)).isEqualTo(1);
		assertThat(TitleVocabulary.distance("abc", "xyz", 1)).isEqualTo(2);
		assertThat(Synonyms.split("a, b ;c\n")).isEqualTo(List.of("a", "b", "c"));
	}

}
