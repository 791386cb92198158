package org.boussole.accompaniment.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.network.SiteCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Computes the free slots of one counsellor from their weekly rules, the days they are
 * away, the appointments already booked, a minimum notice and a booking horizon. Times
 * are local to the zone of each rule (the zone of its site), so that "Tuesday 9:00" stays
 * 9:00 on both sides of a change of summer time; a slot whose local start does not exist
 * (the hour skipped in March) is left out.
 * <p>
 * A rule at a site offers its in-person mode only while the site receives people (within
 * its opening hours, never on a day it is closed); outside them the slot keeps its remote
 * modes, or is left out when it has none. Remote modes are not bound by the site's hours:
 * a counsellor may call or hold a video meeting from elsewhere.
 */
final class SlotCalculator {

	private final Duration notice;

	private final Duration horizon;

	/**
	 * @param notice how long before its start a slot may still be booked
	 * @param horizon how far ahead slots may be booked
	 */
	SlotCalculator(Duration notice, Duration horizon) {
		Assert.isTrue(!notice.isNegative() && horizon.compareTo(notice) > 0, "notice must be shorter than horizon");
		this.notice = notice;
		this.horizon = horizon;
	}

	Duration horizon() {
		return horizon;
	}

	/** A weekly availability: every {@code day}, from {@code start} to {@code end}. */
	record Rule(DayOfWeek day, LocalTime start, LocalTime end, @Nullable UUID siteId, Set<MeetingMode> modes,
			int slotMinutes, ZoneId zone) {

		Rule {
			Assert.isTrue(start.isBefore(end), "a rule starts before it ends");
			Assert.isTrue(slotMinutes > 0, "slots last some minutes");
			Assert.notEmpty(modes, "a rule offers at least one mode");
		}

	}

	/** Days (inclusive, local) when the counsellor is not available. */
	record Closure(LocalDate firstDay, LocalDate lastDay) {

		boolean covers(LocalDate day) {
			return !day.isBefore(firstDay) && !day.isAfter(lastDay);
		}

	}

	/** A time already taken. */
	record Busy(Instant start, Instant end) {
	}

	/** A free slot, with where and how it may take place. */
	record Slot(Instant start, Instant end, ZoneId zone, @Nullable UUID siteId, Set<MeetingMode> modes) {

		ZonedDateTime localStart() {
			return start.atZone(zone);
		}

		ZonedDateTime localEnd() {
			return end.atZone(zone);
		}

		boolean overlaps(Instant otherStart, Instant otherEnd) {
			return start.isBefore(otherEnd) && otherStart.isBefore(end);
		}

	}

	/**
	 * @param from the first day to look at (in each rule's zone)
	 * @param to the last day to look at, inclusive
	 * @param now the current instant
	 * @return the free slots, earliest first, never overlapping one another
	 */
	List<Slot> freeSlots(List<Rule> rules, List<Closure> closures, List<Busy> busy, LocalDate from, LocalDate to,
			Instant now) {
		return freeSlots(rules, closures, busy, Map.of(), from, to, now);
	}

	/**
	 * As {@link #freeSlots(List, List, List, LocalDate, LocalDate, Instant)}, with the
	 * opening hours and closures of the rules' sites.
	 * @param sites the calendar of each site; a site missing here is not restricted
	 */
	List<Slot> freeSlots(List<Rule> rules, List<Closure> closures, List<Busy> busy, Map<UUID, SiteCalendar> sites,
			LocalDate from, LocalDate to, Instant now) {
		Instant earliest = now.plus(notice);
		Instant latest = now.plus(horizon);
		Map<DayOfWeek, List<Rule>> byDay = new EnumMap<>(DayOfWeek.class);
		for (Rule rule : rules) {
			byDay.computeIfAbsent(rule.day(), day -> new ArrayList<>()).add(rule);
		}
		List<Slot> candidates = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			List<Rule> ofDay = byDay.getOrDefault(day.getDayOfWeek(), List.of());
			if (ofDay.isEmpty() || closed(closures, day)) {
				continue;
			}
			for (Rule rule : ofDay) {
				addSlots(candidates, rule, day, earliest, latest,
						rule.siteId() == null ? null : sites.get(rule.siteId()));
			}
		}
		candidates.sort(Comparator.comparing(Slot::start));
		// one pass over the candidates and the busy times, both by start: n log n overall
		List<Busy> taken = merged(busy);
		List<Slot> free = new ArrayList<>();
		int next = 0;
		Instant keptEnd = Instant.MIN;
		for (Slot slot : candidates) {
			while (next < taken.size() && !taken.get(next).end().isAfter(slot.start())) {
				next++;
			}
			boolean busyThen = next < taken.size() && taken.get(next).start().isBefore(slot.end());
			// the slots kept so far do not overlap and come by start: the last one ends
			// last
			if (!busyThen && !slot.start().isBefore(keptEnd)) {
				free.add(slot);
				keptEnd = slot.end();
			}
		}
		return free;
	}

	/**
	 * @return the busy times by start, those that overlap or touch merged into one
	 */
	static List<Busy> merged(List<Busy> busy) {
		List<Busy> sorted = new ArrayList<>(busy);
		sorted.sort(Comparator.comparing(Busy::start));
		List<Busy> merged = new ArrayList<>();
		for (Busy time : sorted) {
			int last = merged.size() - 1;
			if (last >= 0 && !time.start().isAfter(merged.get(last).end())) {
				Busy previous = merged.get(last);
				merged.set(last,
						new Busy(previous.start(), time.end().isAfter(previous.end()) ? time.end() : previous.end()));
			}
			else {
				merged.add(time);
			}
		}
		return merged;
	}

	private static void addSlots(List<Slot> into, Rule rule, LocalDate day, Instant earliest, Instant latest,
			@Nullable SiteCalendar site) {
		LocalTime time = rule.start();
		while (!time.plusMinutes(rule.slotMinutes()).isAfter(rule.end())
				&& time.plusMinutes(rule.slotMinutes()).isAfter(time)) {
			ZonedDateTime start = ZonedDateTime.of(day, time, rule.zone());
			// a local time skipped by the change to summer time does not exist
			if (start.toLocalTime().equals(time)) {
				Instant begin = start.toInstant();
				Instant end = start.plusMinutes(rule.slotMinutes()).toInstant();
				Set<MeetingMode> modes = modesAt(rule, site, day, time, start.plusMinutes(rule.slotMinutes()));
				if (!begin.isBefore(earliest) && begin.isBefore(latest) && !modes.isEmpty()) {
					into.add(new Slot(begin, end, rule.zone(), rule.siteId(), modes));
				}
			}
			time = time.plusMinutes(rule.slotMinutes());
		}
	}

	/**
	 * @return the rule's modes, without in person when the site does not receive people
	 * then
	 */
	private static Set<MeetingMode> modesAt(Rule rule, @Nullable SiteCalendar site, LocalDate day, LocalTime start,
			ZonedDateTime end) {
		if (site == null || !rule.modes().contains(MeetingMode.IN_PERSON)) {
			return rule.modes();
		}
		LocalTime last = end.toLocalDate().equals(day) ? end.toLocalTime() : LocalTime.MAX;
		if (site.receives(day, start, last)) {
			return rule.modes();
		}
		Set<MeetingMode> remote = EnumSet.copyOf(rule.modes());
		remote.remove(MeetingMode.IN_PERSON);
		return remote;
	}

	private static boolean closed(List<Closure> closures, LocalDate day) {
		return closures.stream().anyMatch(closure -> closure.covers(day));
	}

}
