package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counsellor's weekly availability and the days they are away, and the free slots that
 * follow from them and from the appointments already booked. A counsellor only ever sees
 * and changes their own.
 */
@Service
@Transactional
class AvailabilityManagement {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

	private final AvailabilityRuleRepository rules;

	private final AvailabilityExceptionRepository exceptions;

	private final AppointmentRepository appointments;

	private final AppointmentProposalRepository proposals;

	private final NetworkManagement network;

	private final SlotCalculator calculator;

	private final Clock clock;

	AvailabilityManagement(AvailabilityRuleRepository rules, AvailabilityExceptionRepository exceptions,
			AppointmentRepository appointments, AppointmentProposalRepository proposals, NetworkManagement network,
			AppointmentSettings settings, Clock clock) {
		this.proposals = proposals;
		this.rules = rules;
		this.exceptions = exceptions;
		this.appointments = appointments;
		this.network = network;
		this.calculator = new SlotCalculator(settings.notice(), settings.horizon());
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AvailabilityRule> rulesOf(UUID counsellorId) {
		return rules.findByCounsellorIdOrderByDayOfWeekAscStartTimeAsc(counsellorId);
	}

	@Transactional(readOnly = true)
	List<AvailabilityException> exceptionsOf(UUID counsellorId) {
		return exceptions.findByCounsellorIdAndLastDayGreaterThanEqualOrderByFirstDay(counsellorId,
				LocalDate.now(clock.withZone(DEFAULT_ZONE)).minusDays(1));
	}

	/**
	 * @return the sites where this counsellor may receive people: those of their
	 * structures
	 */
	@Transactional(readOnly = true)
	List<SiteSummary> sitesOf(UUID counsellorId) {
		return network.structuresOf(counsellorId)
			.stream()
			.flatMap(structure -> network.sitesOf(structure.id()).stream())
			.toList();
	}

	/**
	 * Adds a weekly rule, in the zone of its site (or of the counsellor's structure when
	 * remote).
	 * @param rule its zone is ignored and replaced
	 * @return the new rule, or empty when the site is not one of the counsellor's
	 */
	Optional<AvailabilityRule> addRule(UUID counsellorId, SlotCalculator.Rule rule) {
		ZoneId zone;
		if (rule.siteId() != null) {
			Optional<SiteSummary> site = sitesOf(counsellorId).stream()
				.filter(s -> s.id().equals(rule.siteId()))
				.findFirst();
			if (site.isEmpty()) {
				return Optional.empty();
			}
			zone = site.get().country().timeZone();
		}
		else {
			zone = zoneOf(counsellorId);
		}
		SlotCalculator.Rule zoned = new SlotCalculator.Rule(rule.day(), rule.start(), rule.end(), rule.siteId(),
				rule.modes(), rule.slotMinutes(), zone);
		return Optional.of(rules.save(new AvailabilityRule(counsellorId, zoned, clock.instant())));
	}

	/**
	 * The hours and closures of a site, with the period its closures matter for.
	 *
	 * @param today the site's today
	 * @param until the last day slots may be offered
	 */
	record SiteHours(org.boussole.network.SiteCalendar calendar, LocalDate today, LocalDate until) {
	}

	/**
	 * @return the hours and closures of these sites, read at once
	 */
	@Transactional(readOnly = true)
	java.util.Map<UUID, SiteHours> siteHours(java.util.Collection<UUID> siteIds) {
		java.util.Map<UUID, SiteHours> result = new java.util.HashMap<>();
		if (siteIds.isEmpty()) {
			return result;
		}
		Instant now = clock.instant();
		java.util.Map<UUID, org.boussole.network.SiteCalendar> calendars = network
			.siteCalendars(siteIds.stream().distinct().toList(), LocalDate.ofInstant(now, DEFAULT_ZONE).minusDays(1));
		java.util.Map<UUID, ZoneId> zones = new java.util.HashMap<>();
		siteIds.forEach(id -> zones.computeIfAbsent(id,
				siteId -> network.findSite(siteId).map(site -> site.country().timeZone()).orElse(DEFAULT_ZONE)));
		calendars.forEach((id, calendar) -> {
			LocalDate today = LocalDate.ofInstant(now, zones.getOrDefault(id, DEFAULT_ZONE));
			result.put(id, new SiteHours(calendar, today, today.plusDays(calculatorHorizonDays())));
		});
		return result;
	}

	/**
	 * @return whether a rule of this counsellor was removed
	 */
	boolean removeRule(UUID counsellorId, UUID ruleId) {
		return rules.findById(ruleId).filter(rule -> rule.getCounsellorId().equals(counsellorId)).map(rule -> {
			rules.delete(rule);
			return true;
		}).orElse(false);
	}

	AvailabilityException addException(UUID counsellorId, LocalDate first, LocalDate last, String reason) {
		return exceptions.save(new AvailabilityException(counsellorId, first, last, reason, clock.instant()));
	}

	/**
	 * @return whether an exception of this counsellor was removed
	 */
	boolean removeException(UUID counsellorId, UUID exceptionId) {
		return exceptions.findById(exceptionId)
			.filter(exception -> exception.getCounsellorId().equals(counsellorId))
			.map(exception -> {
				exceptions.delete(exception);
				return true;
			})
			.orElse(false);
	}

	/**
	 * @param ignored an appointment whose time counts as free (the one being moved), or
	 * {@literal null}
	 * @return the counsellor's free slots from now to the end of the horizon
	 */
	@Transactional(readOnly = true)
	List<SlotCalculator.Slot> freeSlots(UUID counsellorId, @Nullable UUID ignored) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, DEFAULT_ZONE).minusDays(1);
		LocalDate last = today.plusDays(calculatorHorizonDays() + 2);
		List<SlotCalculator.Busy> busy = busy(counsellorId, now, ignored);
		List<SlotCalculator.Rule> weekly = rulesOf(counsellorId).stream().map(AvailabilityRule::toRule).toList();
		// the hours and closures of all the sites of these rules, in one read
		java.util.Map<UUID, org.boussole.network.SiteCalendar> sites = network.siteCalendars(
				weekly.stream().map(SlotCalculator.Rule::siteId).filter(java.util.Objects::nonNull).distinct().toList(),
				today);
		return calculator.freeSlots(weekly,
				exceptionsOf(counsellorId).stream().map(AvailabilityException::toClosure).toList(), busy, sites, today,
				last, now);
	}

	/**
	 * @param ignored an appointment whose time counts as free, or {@literal null}
	 * @return the times the counsellor is not free, from the day before now to the end of
	 * the horizon: their booked appointments and the times kept by their open proposals
	 */
	@Transactional(readOnly = true)
	List<SlotCalculator.Busy> busy(UUID counsellorId, Instant now, @Nullable UUID ignored) {
		Instant from = now.minus(java.time.Duration.ofDays(1));
		Instant until = now.plus(java.time.Duration.ofDays(calculatorHorizonDays() + 2));
		List<SlotCalculator.Busy> busy = new java.util.ArrayList<>();
		appointments.findBooked(counsellorId, from, until)
			.stream()
			.filter(appointment -> !appointment.getId().equals(ignored))
			.forEach(
					appointment -> busy.add(new SlotCalculator.Busy(appointment.getStartAt(), appointment.getEndAt())));
		proposals.findHeld(counsellorId, from, until, now)
			.forEach(slot -> busy.add(new SlotCalculator.Busy(slot.getStartAt(), slot.getEndAt())));
		return busy;
	}

	private long calculatorHorizonDays() {
		return calculator.horizon().toDays();
	}

	ZoneId zoneOf(UUID counsellorId) {
		return network.structuresOf(counsellorId)
			.stream()
			.findFirst()
			.map(StructureSummary::timeZone)
			.orElse(DEFAULT_ZONE);
	}

}
