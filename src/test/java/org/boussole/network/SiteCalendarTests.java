package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SiteCalendarTests {

	static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

	static SiteCalendar.Opening opening(DayOfWeek day, String opens, String closes) {
		return new SiteCalendar.Opening(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	final SiteCalendar calendar = new SiteCalendar(UUID.randomUUID(),
			List.of(opening(DayOfWeek.MONDAY, "09:00", "12:30"), opening(DayOfWeek.MONDAY, "14:00", "17:00")),
			List.of(new SiteCalendar.Closure(LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-25"), "Noël")));

	@Test // #2
	void receivesPeopleOnlyWithinOneOfTheRangesOfTheDay() {
		assertThat(calendar.receives(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isTrue();
		assertThat(calendar.receives(MONDAY, LocalTime.of(11, 30), LocalTime.of(12, 30))).isTrue();
		assertThat(calendar.receives(MONDAY, LocalTime.of(16, 0), LocalTime.of(17, 0))).isTrue();
		// over the lunch break, before opening, after closing, on another day
		assertThat(calendar.receives(MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))).isFalse();
		assertThat(calendar.receives(MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))).isFalse();
		assertThat(calendar.receives(MONDAY, LocalTime.of(16, 30), LocalTime.of(17, 30))).isFalse();
		assertThat(calendar.receives(MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
	}

	@Test // #2
	void receivesNobodyOnAClosureDayEvenWithinItsHours() {
		LocalDate closedMonday = LocalDate.parse("2026-12-21");
		assertThat(calendar.closedOn(closedMonday)).isTrue();
		assertThat(calendar.closedOn(LocalDate.parse("2026-12-25"))).isTrue();
		assertThat(calendar.closedOn(LocalDate.parse("2026-12-26"))).isFalse();
		assertThat(calendar.receives(closedMonday, LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
		assertThat(calendar.receives(closedMonday.plusWeeks(1), LocalTime.of(9, 0), LocalTime.of(10, 0))).isTrue();
	}

	@Test // #2
	void aSiteWithoutHoursIsBoundOnlyByItsClosures() {
		SiteCalendar noHours = new SiteCalendar(UUID.randomUUID(), List.of(),
				List.of(new SiteCalendar.Closure(MONDAY, MONDAY, "Travaux")));
		assertThat(noHours.hasHours()).isFalse();
		assertThat(noHours.receives(MONDAY.plusDays(1), LocalTime.of(7, 0), LocalTime.of(20, 0))).isTrue();
		assertThat(noHours.receives(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
		assertThat(SiteCalendar.unrestricted(UUID.randomUUID()).receives(MONDAY, LocalTime.MIN, LocalTime.NOON))
			.isTrue();
	}

	@Test // #2
	void rangesOfOneDayOverlapUnlessTheyOnlyTouch() {
		SiteCalendar.Opening morning = opening(DayOfWeek.MONDAY, "09:00", "12:00");
		assertThat(morning.overlaps(opening(DayOfWeek.MONDAY, "11:00", "13:00"))).isTrue();
		assertThat(morning.overlaps(opening(DayOfWeek.MONDAY, "08:00", "18:00"))).isTrue();
		assertThat(morning.overlaps(opening(DayOfWeek.MONDAY, "12:00", "13:00"))).isFalse();
		assertThat(morning.overlaps(opening(DayOfWeek.TUESDAY, "09:00", "12:00"))).isFalse();
		assertThatThrownBy(() -> opening(DayOfWeek.MONDAY, "12:00", "09:00"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
