package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.accompaniment.appointment.SlotCalculator.Busy;
import org.boussole.accompaniment.appointment.SlotCalculator.Closure;
import org.boussole.accompaniment.appointment.SlotCalculator.Rule;
import org.boussole.accompaniment.appointment.SlotCalculator.Slot;
import org.junit.jupiter.api.Test;

class SlotCalculatorTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

	final SlotCalculator calculator = new SlotCalculator(Duration.ofHours(24), Duration.ofDays(56));

	static Rule rule(DayOfWeek day, String start, String end, int minutes, ZoneId zone) {
		return new Rule(day, LocalTime.parse(start), LocalTime.parse(end), null, EnumSet.of(MeetingMode.VIDEO), minutes,
				zone);
	}

	static Instant at(String localDateTime, ZoneId zone) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
	}

	@Test // #2
	void cutsAWeeklyRuleIntoSlotsOfItsLength() {
		// Tuesday 2026-12-08, 9:00 to 11:00 in one-hour slots, a week before
		List<Slot> slots = calculator.freeSlots(List.of(rule(DayOfWeek.TUESDAY, "09:00", "11:00", 60, PARIS)),
				List.of(), List.of(), LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-13"),
				at("2026-12-01T08:00", PARIS));
		assertThat(slots).extracting(Slot::start)
			.containsExactly(at("2026-12-08T09:00", PARIS), at("2026-12-08T10:00", PARIS));
		assertThat(slots.get(0).end()).isEqualTo(at("2026-12-08T10:00", PARIS));
	}

	@Test // #2
	void keepsLocalTimesAcrossTheChangeToSummerTimeInMarch() {
		// summer time starts on Sunday 29 March 2026: 9:00 is 08:00 UTC before, 07:00 UTC
		// after
		List<Slot> slots = calculator.freeSlots(
				List.of(rule(DayOfWeek.FRIDAY, "09:00", "10:00", 60, PARIS),
						rule(DayOfWeek.MONDAY, "09:00", "10:00", 60, PARIS)),
				List.of(), List.of(), LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-30"),
				at("2026-03-20T08:00", PARIS));
		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
		assertThat(slots).allSatisfy(slot -> assertThat(slot.localStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
	}

	@Test // #2
	void leavesOutTheHourSkippedInMarchAndKeepsOctoberTimesInZurich() {
		List<Slot> march = calculator.freeSlots(List.of(rule(DayOfWeek.SUNDAY, "01:00", "04:00", 60, PARIS)), List.of(),
				List.of(), LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"), at("2026-03-20T08:00", PARIS));
		assertThat(march).extracting(slot -> slot.localStart().toLocalTime())
			.containsExactly(LocalTime.of(1, 0), LocalTime.of(3, 0));
		// winter time comes back on Sunday 25 October 2026: 14:00 in Geneva is 12:00 UTC,
		// then 13:00 UTC
		List<Slot> october = calculator.freeSlots(
				List.of(rule(DayOfWeek.SATURDAY, "14:00", "15:00", 60, ZURICH),
						rule(DayOfWeek.MONDAY, "14:00", "15:00", 60, ZURICH)),
				List.of(), List.of(), LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-26"),
				at("2026-10-20T08:00", ZURICH));
		assertThat(october).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-10-26T13:00:00Z"));
	}

	@Test // #2
	void refusesSlotsWithinTheNotice() {
		// now is Monday 10:00: Tuesday 9:00 is 23 h ahead, Tuesday 10:00 exactly 24 h
		List<Slot> slots = calculator.freeSlots(List.of(rule(DayOfWeek.TUESDAY, "09:00", "11:00", 60, PARIS)),
				List.of(), List.of(), LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-08"),
				at("2026-12-07T10:00", PARIS));
		assertThat(slots).extracting(Slot::start).containsExactly(at("2026-12-08T10:00", PARIS));
	}

	@Test // #2
	void offersNothingBeyondTheHorizonNorInThePast() {
		Instant now = at("2026-12-01T08:00", PARIS);
		List<Slot> slots = calculator.freeSlots(List.of(rule(DayOfWeek.TUESDAY, "09:00", "10:00", 60, PARIS)),
				List.of(), List.of(), LocalDate.parse("2026-11-01"), LocalDate.parse("2027-03-01"), now);
		// 1 December is within the notice; 26 January 9:00 is just beyond the 56 days
		assertThat(slots).hasSize(7);
		assertThat(slots).allSatisfy(slot -> {
			assertThat(slot.start()).isAfter(now);
			assertThat(slot.start()).isBefore(now.plus(Duration.ofDays(56)));
		});
	}

	@Test // #2
	void skipsTheDaysOfAnExceptionAndTheTimesAlreadyBooked() {
		List<Slot> slots = calculator.freeSlots(List.of(rule(DayOfWeek.TUESDAY, "09:00", "11:00", 60, PARIS)),
				List.of(new Closure(LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-22"))),
				List.of(new Busy(at("2026-12-08T09:30", PARIS), at("2026-12-08T10:00", PARIS))),
				LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-31"), at("2026-12-01T08:00", PARIS));
		assertThat(slots).extracting(Slot::start)
			.containsExactly(at("2026-12-08T10:00", PARIS), at("2026-12-29T09:00", PARIS),
					at("2026-12-29T10:00", PARIS));
	}

	@Test // #2
	void neverOffersTwoOverlappingSlotsFromTwoRules() {
		List<Slot> slots = calculator.freeSlots(
				List.of(rule(DayOfWeek.TUESDAY, "09:00", "10:00", 60, PARIS),
						rule(DayOfWeek.TUESDAY, "09:30", "10:30", 60, PARIS)),
				List.of(), List.of(), LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-08"),
				at("2026-12-01T08:00", PARIS));
		assertThat(slots).extracting(Slot::start).containsExactly(at("2026-12-08T09:00", PARIS));
	}

	@Test // #2
	void offersInPersonSlotsOnlyWithinTheSiteHoursAndNeverOnAClosureDay() {
		java.util.UUID site = java.util.UUID.randomUUID();
		// Monday 9:00 to 13:00 at the site, in person or by video; the site opens 9:00 to
		// 12:00 on Mondays and is closed on Monday 14 December
		Rule atSite = new Rule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), site,
				EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO), 60, PARIS);
		Rule inPersonOnly = new Rule(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), site,
				EnumSet.of(MeetingMode.IN_PERSON), 60, PARIS);
		org.boussole.network.SiteCalendar hours = new org.boussole.network.SiteCalendar(site,
				List.of(new org.boussole.network.SiteCalendar.Opening(DayOfWeek.MONDAY, LocalTime.of(9, 0),
						LocalTime.of(12, 0))),
				List.of(new org.boussole.network.SiteCalendar.Closure(LocalDate.parse("2026-12-14"),
						LocalDate.parse("2026-12-14"), "Inventaire")));

		List<Slot> slots = calculator.freeSlots(List.of(atSite, inPersonOnly), List.of(), List.of(),
				java.util.Map.of(site, hours), LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-14"),
				at("2026-12-01T08:00", PARIS));

		assertThat(slots).filteredOn(slot -> slot.modes().contains(MeetingMode.IN_PERSON))
			.extracting(Slot::start)
			.containsExactly(at("2026-12-07T09:00", PARIS), at("2026-12-07T10:00", PARIS),
					at("2026-12-07T11:00", PARIS));
		// outside the hours and on the closure day, the video slots remain
		assertThat(slots).filteredOn(slot -> slot.start().equals(at("2026-12-07T12:00", PARIS)))
			.singleElement()
			.satisfies(slot -> assertThat(slot.modes()).containsExactly(MeetingMode.VIDEO));
		assertThat(slots).filteredOn(slot -> slot.localStart().toLocalDate().equals(LocalDate.parse("2026-12-14")))
			.hasSize(4)
			.allSatisfy(slot -> assertThat(slot.modes()).containsExactly(MeetingMode.VIDEO));
		// an in-person-only rule outside the hours offers nothing
		assertThat(slots).noneMatch(slot -> slot.localStart().getHour() == 14);
	}

	@Test // #2
	void findsTheSameSlotsAsAPlainScanOfEveryBookingOnManyRandomAgendas() {
		java.util.Random random = new java.util.Random(42);
		Instant now = at("2026-03-02T08:00", PARIS);
		for (int run = 0; run < 30; run++) {
			List<Rule> rules = new java.util.ArrayList<>();
			for (int r = 0; r < 8; r++) {
				int startHour = 7 + random.nextInt(8);
				rules.add(rule(DayOfWeek.of(1 + random.nextInt(7)),
						String.format("%02d:%02d", startHour, 15 * random.nextInt(4)),
						String.format("%02d:00", startHour + 1 + random.nextInt(4)), 15 * (1 + random.nextInt(6)),
						random.nextBoolean() ? PARIS : ZURICH));
			}
			List<Busy> busy = new java.util.ArrayList<>();
			for (int b = 0; b < 120; b++) {
				Instant start = now.plus(Duration.ofMinutes(15L * random.nextInt(56 * 24 * 4)));
				busy.add(new Busy(start, start.plus(Duration.ofMinutes(15L * (1 + random.nextInt(8))))));
			}
			List<Closure> closures = List.of(new Closure(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-24")));
			LocalDate from = LocalDate.parse("2026-03-01");
			LocalDate to = from.plusDays(58);

			List<Slot> fast = calculator.freeSlots(rules, closures, busy, from, to, now);

			assertThat(fast).as("run %d", run)
				.isNotEmpty()
				.containsExactlyElementsOf(plainScan(rules, closures, busy, from, to, now));
		}
	}

	/**
	 * The straightforward way, as a reference: every candidate against every booking and
	 * every slot kept so far.
	 */
	private List<Slot> plainScan(List<Rule> rules, List<Closure> closures, List<Busy> busy, LocalDate from,
			LocalDate to, Instant now) {
		List<Slot> candidates = new java.util.ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate current = day;
			for (Rule rule : rules) {
				if (rule.day() == day.getDayOfWeek() && closures.stream().noneMatch(c -> c.covers(current))) {
					// one rule on one day: its slots, none overlapping another
					candidates.addAll(calculator.freeSlots(List.of(rule), List.of(), List.of(), day, day, now));
				}
			}
		}
		candidates.sort(java.util.Comparator.comparing(Slot::start));
		List<Slot> plain = new java.util.ArrayList<>();
		for (Slot slot : candidates) {
			boolean taken = busy.stream().anyMatch(b -> slot.overlaps(b.start(), b.end()));
			if (!taken && plain.stream().noneMatch(kept -> kept.overlaps(slot.start(), slot.end()))) {
				plain.add(slot);
			}
		}
		return plain;
	}

	@Test // #2
	void bookingsThatOverlapOneAnotherStillBlockEverySlotTheyCover() {
		List<Busy> merged = SlotCalculator
			.merged(List.of(new Busy(at("2026-12-08T10:00", PARIS), at("2026-12-08T11:00", PARIS)),
					new Busy(at("2026-12-08T09:00", PARIS), at("2026-12-08T12:30", PARIS)),
					new Busy(at("2026-12-08T12:30", PARIS), at("2026-12-08T13:00", PARIS))));
		assertThat(merged).containsExactly(new Busy(at("2026-12-08T09:00", PARIS), at("2026-12-08T13:00", PARIS)));
		List<Slot> slots = calculator.freeSlots(List.of(rule(DayOfWeek.TUESDAY, "08:00", "15:00", 60, PARIS)),
				List.of(), merged, LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-13"),
				at("2026-12-01T08:00", PARIS));
		assertThat(slots).extracting(slot -> slot.localStart().getHour()).containsExactly(8, 13, 14);
	}

}
