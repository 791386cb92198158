package org.boussole.accompaniment.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.network.SiteCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Compares a weekly in-person availability with the opening hours and closures of its
 * site, to warn the counsellor: in-person slots are only offered while the site receives
 * people (as {@link SlotCalculator} does), whatever the rule says. Remote modes are never
 * bound by a site.
 */
final class SiteHoursCheck {

	/** At most this many closed days are listed for one rule. */
	static final int MAX_DATES = 5;

	private SiteHoursCheck() {
	}

	/**
	 * What does not fit.
	 *
	 * @param closedThatDay the site has weekly hours, none on the rule's day
	 * @param outsideHours the rule lies fully or partly outside the site's hours that day
	 * @param dayOpenings the site's hours on the rule's day, earliest first
	 * @param closedDates the days of the period, on the rule's day of the week, the site
	 * is closed (at most {@link #MAX_DATES})
	 * @param remoteToo whether the rule also offers remote modes, which stay offered
	 */
	record Mismatch(boolean closedThatDay, boolean outsideHours, List<SiteCalendar.Opening> dayOpenings,
			List<LocalDate> closedDates, boolean remoteToo) {
	}

	/**
	 * @param from the first day to look for closures (the site's today)
	 * @param until the last day to look for closures (the end of the booking horizon)
	 * @return what does not fit, or {@literal null} when the rule offers no in-person
	 * slot, or lies within the site's hours and meets no closure
	 */
	static @Nullable Mismatch check(DayOfWeek day, LocalTime start, LocalTime end, Set<MeetingMode> modes,
			SiteCalendar site, LocalDate from, LocalDate until) {
		if (!modes.contains(MeetingMode.IN_PERSON)) {
			return null;
		}
		List<SiteCalendar.Opening> dayOpenings = site.openings()
			.stream()
			.filter(opening -> opening.day() == day)
			.sorted(java.util.Comparator.comparing(SiteCalendar.Opening::opens))
			.toList();
		boolean closedThatDay = site.hasHours() && dayOpenings.isEmpty();
		boolean outside = site.hasHours() && !closedThatDay && dayOpenings.stream()
			.noneMatch(opening -> !start.isBefore(opening.opens()) && !end.isAfter(opening.closes()));
		List<LocalDate> closedDates = new ArrayList<>();
		if (!closedThatDay) {
			LocalDate date = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
			while (!date.isAfter(until) && closedDates.size() < MAX_DATES) {
				if (site.closedOn(date)) {
					closedDates.add(date);
				}
				date = date.plusWeeks(1);
			}
		}
		if (!closedThatDay && !outside && closedDates.isEmpty()) {
			return null;
		}
		boolean remoteToo = modes.stream().anyMatch(mode -> mode != MeetingMode.IN_PERSON);
		return new Mismatch(closedThatDay, outside, dayOpenings, List.copyOf(closedDates), remoteToo);
	}

}
