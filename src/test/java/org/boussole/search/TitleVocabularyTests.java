package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

class TitleVocabularyTests {

	/** Rows of the search table: titles, rare titles, text. */
	private static TitleVocabulary vocabulary(String[]... rows) {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		doAnswer(call -> {
			RowCallbackHandler handler = call.getArgument(1);
			for (String[] row : rows) {
				ResultSet rs = mock(ResultSet.class);
				when(rs.getString(1)).thenReturn(row[0]);
				when(rs.getString(2)).thenReturn(row[1]);
				when(rs.getString(3)).thenReturn(row[2]);
				handler.processRow(rs);
			}
			return null;
		}).when(jdbc).query(anyString(), any(RowCallbackHandler.class));
		return new TitleVocabulary(jdbc);
	}

	private static final TitleVocabulary KITCHEN = vocabulary(
			new String[] { "Cuisinier / Cuisinière", "Chef cuisinier", "Préparer les plats en cuisine" },
			new String[] { "Chef de cuisine", "Commis de cuisine", "Diriger une cuisine" },
			new String[] { "Aide de cuisine", "Plongeur", "Nettoyer la cuisine et le magasin" },
			new String[] { "Magasinier", "Cariste", "Ranger le magasin" });

	@Test // #4
	void aWordFoundNowhereIsCorrectedWithTheTitleWordItBeginsBeforeAMoreFrequentOne() {
		Map<String, List<String>> corrections = KITCHEN.corrections(List.of("cuisinie", "magasiner"), w -> false);
		assertThat(corrections.get("cuisinie")).startsWith("cuisinier").contains("cuisine");
		assertThat(corrections.get("magasiner")).startsWith("magasinier");
	}

	@Test // #4
	void wordsOfTheIndexShortWordsAndSynonymsAreNeverCorrected() {
		// "magasin" is only in the text, "les" is short, "cuisin" is a synonym here
		assertThat(KITCHEN.corrections(List.of("magasin", "les", "cuisine", "cuisin"), "cuisin"::equals)).isEmpty();
		// a word far from every title is left alone
		assertThat(KITCHEN.corrections(List.of("zqxwvu"), w -> false)).isEmpty();
	}

	@Test // #4
	void theSuggestionReplacesOnlyTheUnknownWords() {
		assertThat(KITCHEN.suggest(List.of("chef", "cuisinie"))).isEqualTo("chef cuisinier");
		assertThat(KITCHEN.suggest(List.of("chef", "cuisinier"))).isNull();
	}

	@Test // #4
	void smallWordsAreLeftOutOfTheLooseMatchUnlessNothingElseIsLeft() {
		assertThat(SiteSearch.withoutStopWords("conducteur de poids lourd")).isEqualTo("conducteur poids lourd");
		assertThat(SiteSearch.withoutStopWords("de la")).isEqualTo("de la");
	}

}
