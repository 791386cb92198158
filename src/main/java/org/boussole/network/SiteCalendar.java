package org.boussole.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * When a site receives people: its weekly opening hours (several ranges a day) and the
 * days it is closed. Times and days are local to the site. A site whose weekly hours were
 * never entered is not bound by them (only its closures count), so that sites described
 * before the hours existed keep receiving people.
 *
 * @param siteId the site
 * @param openings the weekly ranges, by day then time; never overlapping on one day
 * @param closures the closures that end today or later, earliest first
 */
public record SiteCalendar(UUID siteId, List<Opening> openings, List<Closure> closures) {

	public SiteCalendar {
		openings = List.copyOf(openings);
		closures = List.copyOf(closures);
	}

	/** Open every {@code day} from {@code opens} to {@code closes} (local times). */
	public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {

		public Opening {
			Assert.isTrue(opens.isBefore(closes), "a site opens before it closes");
		}

		/**
		 * @return whether the two ranges share some time on the same day (touching is not
		 * overlapping)
		 */
		public boolean overlaps(Opening other) {
			return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
		}

		public String dayKey() {
			return "network.day." + day.name();
		}

	}

	/** Closed from {@code firstDay} to {@code lastDay}, inclusive, for a reason. */
	public record Closure(LocalDate firstDay, LocalDate lastDay, String reason) {

		public boolean covers(LocalDate day) {
			return !day.isBefore(firstDay) && !day.isAfter(lastDay);
		}

	}

	/**
	 * @return a calendar with neither hours nor closures: the site is never restricted
	 */
	public static SiteCalendar unrestricted(UUID siteId) {
		return new SiteCalendar(siteId, List.of(), List.of());
	}

	/**
	 * @return whether weekly opening hours were entered for this site
	 */
	public boolean hasHours() {
		return !openings.isEmpty();
	}

	/**
	 * @return whether the site is closed all that day
	 */
	public boolean closedOn(LocalDate day) {
		for (Closure closure : closures) {
			if (closure.covers(day)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param day a local day of the site
	 * @param start a local time of that day
	 * @param end a later local time of that day
	 * @return whether the site receives people all that time: not closed that day, and
	 * within one opening range of that day (when the site has hours)
	 */
	public boolean receives(LocalDate day, LocalTime start, LocalTime end) {
		if (closedOn(day)) {
			return false;
		}
		if (!hasHours()) {
			return true;
		}
		for (Opening opening : openings) {
			if (opening.day() == day.getDayOfWeek() && !start.isBefore(opening.opens())
					&& !end.isAfter(opening.closes()) && start.isBefore(end)) {
				return true;
			}
		}
		return false;
	}

}
