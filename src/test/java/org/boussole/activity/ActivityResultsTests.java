package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Ratings moved between the scale of a question and the 0 to 4 of the interest result.
 */
class ActivityResultsTests {

	@Test // #2
	void aOneToFourScaleBecomesZeroToFour() {
		assertThat(ActivityResults.toProfileScale("1", 1, 4)).isZero();
		assertThat(ActivityResults.toProfileScale("2", 1, 4)).isEqualTo(1);
		assertThat(ActivityResults.toProfileScale("3", 1, 4)).isEqualTo(3);
		assertThat(ActivityResults.toProfileScale("4", 1, 4)).isEqualTo(4);
		assertThat(ActivityResults.toProfileScale("3", 0, 4)).isEqualTo(3);
	}

	@Test // #2
	void valuesOffTheScaleAreLeftOut() {
		assertThat(ActivityResults.toProfileScale("0", 1, 4)).isNull();
		assertThat(ActivityResults.toProfileScale("5", 1, 4)).isNull();
		assertThat(ActivityResults.toProfileScale("<b>", 1, 4)).isNull();
		assertThat(ActivityResults.toProfileScale(null, 1, 4)).isNull();
	}

	@Test // #2
	void zeroToFourGoesBackOnTheQuestionScale() {
		assertThat(ActivityResults.toQuestionScale(0, 0, 4)).isZero();
		assertThat(ActivityResults.toQuestionScale(4, 0, 4)).isEqualTo(4);
		assertThat(ActivityResults.toQuestionScale(0, 1, 4)).isEqualTo(1);
		assertThat(ActivityResults.toQuestionScale(4, 1, 4)).isEqualTo(4);
	}

}
