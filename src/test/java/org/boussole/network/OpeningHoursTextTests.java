package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Opening times written as people read them, in French and in English. */
class OpeningHoursTextTests {

	@Test // #2
	void writesFrenchTimesWithoutUselessMinutes() {
		assertThat(OpeningHoursText.range(LocalTime.of(9, 0), LocalTime.of(12, 30), Locale.FRENCH))
			.isEqualTo("9 h – 12 h 30");
		assertThat(OpeningHoursText.time(LocalTime.of(14, 5), Locale.FRANCE)).isEqualTo("14 h 05");
	}

	@Test // #2
	void writesEnglishTimesWithTheirMinutes() {
		assertThat(OpeningHoursText.range(LocalTime.of(9, 0), LocalTime.of(12, 30), Locale.ENGLISH))
			.isEqualTo("9:00 – 12:30");
	}

	@Test // #2
	void joinsTheRangesOfADay() {
		assertThat(OpeningHoursText.ranges(
				List.of(new SiteCalendar.Opening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
						new SiteCalendar.Opening(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 30))),
				Locale.FRENCH))
			.isEqualTo("9 h – 12 h, 14 h – 17 h 30");
	}

}
