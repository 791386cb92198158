package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.network.SiteCalendar.Closure;
import org.boussole.network.SiteCalendar.Opening;
import org.boussole.network.SiteCalendar;
import org.junit.jupiter.api.Test;

/**
 * Which weekly in-person availabilities lie outside the hours of their site, or meet its
 * closures: the warnings of the availability page.
 */
class SiteHoursCheckTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	static final LocalDate UNTIL = MONDAY.plusWeeks(8);

	// open Monday to Friday 9:00-12:30 and 14:00-17:00, closed at the weekend
	final SiteCalendar site = new SiteCalendar(UUID.randomUUID(), weekdays(), List.of());

	static List<Opening> weekdays() {
		List<Opening> openings = new java.util.ArrayList<>();
		for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
			openings.add(new Opening(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
			openings.add(new Opening(day, LocalTime.of(14, 0), LocalTime.of(17, 0)));
		}
		return openings;
	}

	static SiteHoursCheck.Mismatch check(DayOfWeek day, String start, String end, SiteCalendar site,
			MeetingMode... modes) {
		return SiteHoursCheck.check(day, LocalTime.parse(start), LocalTime.parse(end), EnumSet.copyOf(List.of(modes)),
				site, MONDAY, UNTIL);
	}

	@Test // #2
	void anInPersonRuleWithinOneOpeningRangeGetsNoWarning() {
		assertThat(check(DayOfWeek.TUESDAY, "09:00", "12:30", site, MeetingMode.IN_PERSON)).isNull();
		assertThat(check(DayOfWeek.TUESDAY, "14:30", "16:00", site, MeetingMode.IN_PERSON)).isNull();
	}

	@Test // #2
	void aRulePartlyOutsideTheHoursIsFlaggedWithTheHoursOfThatDay() {
		SiteHoursCheck.Mismatch early = check(DayOfWeek.TUESDAY, "08:00", "12:00", site, MeetingMode.IN_PERSON);
		assertThat(early).isNotNull();
		assertThat(early.outsideHours()).isTrue();
		assertThat(early.closedThatDay()).isFalse();
		assertThat(early.dayOpenings()).extracting(Opening::opens)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(14, 0));
		assertThat(early.remoteToo()).isFalse();
		// across the lunch break: each half is open, the whole is not
		assertThat(check(DayOfWeek.TUESDAY, "09:00", "17:00", site, MeetingMode.IN_PERSON).outsideHours()).isTrue();
		// fully outside
		assertThat(check(DayOfWeek.TUESDAY, "18:00", "20:00", site, MeetingMode.IN_PERSON).outsideHours()).isTrue();
	}

	@Test // #2
	void aRuleOnADayTheSiteIsClosedEveryWeekIsFlagged() {
		SiteHoursCheck.Mismatch saturday = check(DayOfWeek.SATURDAY, "09:00", "12:00", site, MeetingMode.IN_PERSON,
				MeetingMode.VIDEO);
		assertThat(saturday.closedThatDay()).isTrue();
		assertThat(saturday.outsideHours()).isFalse();
		assertThat(saturday.remoteToo()).isTrue();
	}

	@Test // #2
	void remoteModesAreNeverBoundBySiteHours() {
		assertThat(check(DayOfWeek.SATURDAY, "07:00", "21:00", site, MeetingMode.VIDEO, MeetingMode.PHONE)).isNull();
	}

	@Test // #2
	void aSiteWithoutHoursDoesNotRestrictTheRule() {
		assertThat(check(DayOfWeek.SUNDAY, "07:00", "21:00", SiteCalendar.unrestricted(UUID.randomUUID()),
				MeetingMode.IN_PERSON))
			.isNull();
	}

	@Test // #2
	void theClosedDaysOnTheRulesDayOfTheWeekWithinTheHorizonAreListed() {
		LocalDate christmas = LocalDate.of(2026, 12, 25);
		SiteCalendar closing = new SiteCalendar(site.siteId(), weekdays(),
				List.of(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Fêtes"),
						new Closure(UNTIL.plusDays(10), UNTIL.plusDays(20), "Travaux, trop tard")));
		SiteHoursCheck.Mismatch friday = check(DayOfWeek.FRIDAY, "09:00", "12:00", closing, MeetingMode.IN_PERSON);
		assertThat(friday.outsideHours()).isFalse();
		assertThat(friday.closedDates()).containsExactly(christmas, LocalDate.of(2027, 1, 1));
		assertThat(check(DayOfWeek.MONDAY, "09:00", "12:00", closing, MeetingMode.IN_PERSON).closedDates())
			.containsExactly(LocalDate.of(2026, 12, 28));
	}

}
