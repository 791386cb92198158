package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Interest results computed on the real ROME links of the shipped release. */
class InterestProfilesTests {

	// 14 « J'aime le travail manuel », 27 « Je suis passionné / passionnée par la cuisine
	// »,
	// 4 « J'ai le sens du contact »: the interests of D1102 in metier_centres_interet.csv
	static final Map<String, Integer> CRAFT_AND_FOOD = Map.of("14", 4, "27", 4, "4", 3);

	static final InterestProfiles profiles = ShippedRome.interestProfiles();

	@Test // #7
	void offersTheThirtyRomeInterestsInTheirOrder() {
		List<Interest> interests = profiles.interests();
		assertThat(interests).hasSize(30);
		assertThat(interests.get(0).code()).isEqualTo("1");
		assertThat(interests.get(0).label()).isEqualTo("J'ai envie de créer, construire, rénover");
		assertThat(interests.get(29).code()).isEqualTo("30");
		assertThat(interests.get(13).label()).isEqualTo("J'aime le travail manuel");
		assertThat(interests.get(13).paragraphs()).isNotEmpty();
	}

	@Test // #7
	void craftAndFoodSuggestTheBakersAndButchersFiches() {
		InterestResult result = profiles.result(CRAFT_AND_FOOD);
		List<String> codes = result.suggestions().stream().map(JobSuggestion::code).toList();
		assertThat(result.suggestions()).hasSize(InterestProfiles.SUGGESTIONS);
		// D1102 Boulanger, D1101 Boucher, D1103 Charcutier-traiteur, D1105 Poissonnier:
		// 27
		// principal, 14 and 4 as well
		assertThat(codes).contains("D1102", "D1101", "D1103", "D1105");
		JobSuggestion baker = result.suggestions().get(codes.indexOf("D1102"));
		assertThat(baker.label()).isEqualTo("Boulanger / Boulangère");
		assertThat(baker.main()).isTrue();
		assertThat(baker.because()).extracting(RatedInterest::code).containsExactly("27", "14", "4");
		// no fiche far from food and craft, such as a software developer
		assertThat(codes).doesNotContain("M1805");
	}

	@Test // #7
	void suggestionsAreOrderedByScoreThenMainFichesFirst() {
		List<JobSuggestion> suggestions = profiles.result(CRAFT_AND_FOOD, 200).suggestions();
		for (int i = 1; i < suggestions.size(); i++) {
			JobSuggestion before = suggestions.get(i - 1);
			JobSuggestion after = suggestions.get(i);
			assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
			if (before.score() == after.score() && !before.main()) {
				assertThat(after.main()).isFalse();
			}
		}
		assertThat(suggestions).allSatisfy(s -> assertThat(s.because()).isNotEmpty());
	}

	@Test // #7
	void strongestInterestsComeByRatingThenInRomeOrder() {
		Map<String, Integer> ratings = new HashMap<>();
		ratings.put("30", 4);
		ratings.put("9", 4);
		ratings.put("2", 3);
		ratings.put("12", 3);
		ratings.put("20", 3);
		ratings.put("1", 2);
		ratings.put("5", 0);
		assertThat(profiles.result(ratings).strongest()).extracting(RatedInterest::code)
			.containsExactly("9", "30", "2", "12", "20");
	}

	@Test // #7
	void riasecProfileAddsUpAndFollowsTheRatedInterests() {
		RiasecProfile craft = profiles.result(CRAFT_AND_FOOD).riasec();
		assertThat(craft.scores()).hasSize(6);
		assertThat(craft.scores().stream().mapToDouble(RiasecScore::share).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(craft.scores().stream().mapToInt(RiasecScore::percent).sum()).isEqualTo(100);
		for (int i = 1; i < 6; i++) {
			assertThat(craft.scores().get(i - 1).share()).isGreaterThanOrEqualTo(craft.scores().get(i).share());
		}
		assertThat(craft.code()).startsWith("R");
		// « Je suis un / une artiste » and « J'aime jouer avec les mots »: artistic first
		RiasecProfile artist = profiles.result(Map.of("30", 4, "26", 4, "12", 2)).riasec();
		assertThat(artist.code()).startsWith("A");
		// « Je souhaite m'occuper d'enfants », « prendre soin des autres », « transmettre
		// »
		assertThat(profiles.result(Map.of("21", 4, "22", 4, "24", 4)).riasec().code()).startsWith("S");
	}

	@Test // #7
	void noRatingGivesAnEmptyResult() {
		InterestResult result = profiles.result(Map.of("3", 0));
		assertThat(result.empty()).isTrue();
		assertThat(result.suggestions()).isEmpty();
		assertThat(result.riasec().empty()).isTrue();
		assertThat(result.riasec().scores()).extracting(RiasecScore::percent).containsOnly(0);
		assertThat(result.riasec().code()).isEmpty();
	}

	@Test // #7
	void refusesAnUnknownInterestOrARatingOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> profiles.result(Map.of("31", 2)));
		assertThatIllegalArgumentException().isThrownBy(() -> profiles.result(Map.of("3", 5)));
		assertThatIllegalArgumentException().isThrownBy(() -> profiles.result(Map.of("3", -1)));
		assertThat(profiles.isInterest("14")).isTrue();
		assertThat(profiles.isInterest("<b>")).isFalse();
	}

	@Test // #7
	void percentagesAlwaysAddUpToAHundred() {
		assertThat(Riasec.percents(new double[] { 1, 1, 1, 0, 0, 0 })).containsExactly(34, 33, 33, 0, 0, 0);
		assertThat(Riasec.percents(new double[] { 0.125, 0.125, 0.25, 0.25, 0.125, 0.125 })).containsExactly(13, 13, 25,
				25, 12, 12);
	}

}
