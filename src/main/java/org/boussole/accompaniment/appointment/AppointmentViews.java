package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the appointment pages show, from appointments and slots. */
@Component
class AppointmentViews {

	private final AccountManagement accounts;

	private final NetworkManagement network;

	private final AppointmentSettings settings;

	private final AccountNames names;

	AppointmentViews(AccountNames names, AccountManagement accounts, NetworkManagement network,
			AppointmentSettings settings) {
		this.names = names;
		this.accounts = accounts;
		this.network = network;
		this.settings = settings;
	}

	/**
	 * @param forStaff whether the private note is shown (to the counsellor only)
	 */
	AppointmentView of(Appointment appointment, boolean forStaff, Instant now) {
		return of(appointment, forStaff, now, id -> accounts.findById(id).map(this.names::of).orElse(""),
				id -> network.findSite(id).map(AppointmentNoticeService::address).orElse(null));
	}

	private AppointmentView of(Appointment appointment, boolean forStaff, Instant now, Function<UUID, String> nameOf,
			Function<UUID, @Nullable String> addressOf) {
		String otherName = nameOf.apply(forStaff ? appointment.getBeneficiaryId() : appointment.getCounsellorId());
		UUID siteId = appointment.getSiteId();
		String site = siteId == null ? null : addressOf.apply(siteId);
		boolean changeable = appointment.isBooked() && !appointment.getStartAt().isBefore(now.plus(settings.notice()));
		boolean recordable = forStaff && appointment.getStatus() != AppointmentStatus.CANCELLED
				&& !now.isBefore(appointment.getStartAt());
		return new AppointmentView(appointment.getId(), appointment.getDossierId(),
				appointment.getStartAt().atZone(appointment.getZone()),
				appointment.getEndAt().atZone(appointment.getZone()), appointment.getMode(),
				appointment.getMode().messageKey(), appointment.getStatus().name(),
				appointment.getStatus().messageKey(), otherName, site, appointment.getVideoLink(),
				appointment.getPhoneCaller() == null ? null : appointment.getPhoneCaller().messageKey(),
				appointment.getPhoneNumber(), appointment.getCancellationReason(), appointment.getSummary(),
				appointment.getNextSteps(), forStaff ? appointment.getPrivateNote() : null, changeable, recordable,
				!appointment.getStartAt().isAfter(now), forStaff ? appointment.getTravelAvoidedKm() : null);
	}

	List<AppointmentView> of(List<Appointment> appointments, boolean forStaff, Instant now) {
		// a dossier's or an agenda's appointments are with few people at few sites: each
		// is
		// read once per list, not once per appointment
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, Optional<String>> sites = new HashMap<>();
		return appointments.stream()
			.map(appointment -> of(appointment, forStaff, now,
					id -> names.computeIfAbsent(id, other -> accounts.findById(other).map(this.names::of).orElse("")),
					id -> sites
						.computeIfAbsent(id, site -> network.findSite(site).map(AppointmentNoticeService::address))
						.orElse(null)))
			.toList();
	}

	/**
	 * @return the slots grouped by their local day, earliest first
	 */
	List<SlotDay> byDay(List<SlotCalculator.Slot> slots) {
		Map<LocalDate, List<SlotView>> days = new LinkedHashMap<>();
		// a counsellor's slots are at one or two sites: each name is read once
		Map<UUID, Optional<String>> siteNames = new HashMap<>();
		for (SlotCalculator.Slot slot : slots) {
			String site = slot.siteId() == null ? null
					: siteNames.computeIfAbsent(slot.siteId(), id -> network.findSite(id).map(SiteSummary::name))
						.orElse(null);
			days.computeIfAbsent(slot.localStart().toLocalDate(), day -> new ArrayList<>())
				.add(new SlotView(slot.start().toString(), slot.localStart(), slot.localEnd(),
						slot.modes().stream().sorted().map(MeetingMode::messageKey).toList(), site));
		}
		List<SlotDay> result = new ArrayList<>();
		days.forEach((day, list) -> result.add(new SlotDay(list.get(0).start(), list)));
		return result;
	}

	/**
	 * @return the proposals as their pages show them, each site read once
	 */
	List<ProposalView> proposals(List<AppointmentProposal> proposals, Instant now) {
		Map<UUID, Optional<String>> siteNames = new HashMap<>();
		List<ProposalView> views = new ArrayList<>();
		for (AppointmentProposal proposal : proposals) {
			List<ProposedTimeView> times = new ArrayList<>();
			for (ProposedSlot slot : proposal.getSlots()) {
				String site = slot.getSiteId() == null ? null
						: siteNames.computeIfAbsent(slot.getSiteId(), id -> network.findSite(id).map(SiteSummary::name))
							.orElse(null);
				times.add(new ProposedTimeView(slot.getId(), slot.getStartAt().atZone(slot.getZone()),
						slot.getEndAt().atZone(slot.getZone()), slot.getMode().messageKey(), site,
						!slot.getStartAt().isAfter(now)));
			}
			// an open proposal is pickable while it keeps its times and one of them is to
			// come
			boolean past = proposal.isOpen() && proposal.isExpired(now);
			boolean holdOver = proposal.getStatus() == AppointmentProposal.Status.EXPIRED
					|| (proposal.isOpen() && !proposal.holds(now));
			String statusKey = holdOver ? AppointmentProposal.Status.EXPIRED.messageKey()
					: past ? "accompaniment.proposal.status.PAST" : proposal.getStatus().messageKey();
			java.time.ZoneId zone = proposal.getSlots().isEmpty() ? AvailabilityManagement.DEFAULT_ZONE
					: proposal.getSlots().get(0).getZone();
			views.add(new ProposalView(proposal.getId(), proposal.holds(now) && !past, holdOver, statusKey,
					proposal.getDeclineReason(), proposal.getCreatedAt(), proposal.getHoldUntil().atZone(zone), times));
		}
		return views;
	}

	/**
	 * @param open whether the beneficiary may still pick one of its times
	 * @param holdOver whether nobody picked a time before the end of its hold
	 * @param holdUntil until when its times are kept for the beneficiary
	 */
	record ProposalView(UUID id, boolean open, boolean holdOver, String statusKey, @Nullable String declineReason,
			Instant createdAt, ZonedDateTime holdUntil, List<ProposedTimeView> times) {

		/**
		 * @return whether one of its times is still to come
		 */
		public boolean hasTimeToCome() {
			return times.stream().anyMatch(time -> !time.past());
		}

	}

	record ProposedTimeView(UUID id, ZonedDateTime start, ZonedDateTime end, String modeKey, @Nullable String site,
			boolean past) {
	}

	record AppointmentView(UUID id, UUID dossierId, ZonedDateTime start, ZonedDateTime end, MeetingMode mode,
			String modeKey, String status, String statusKey, String otherName, @Nullable String site,
			@Nullable String videoLink, @Nullable String phoneCallerKey, @Nullable String phoneNumber,
			@Nullable String cancellationReason, @Nullable String summary, @Nullable String nextSteps,
			@Nullable String privateNote, boolean changeable, boolean recordable, boolean past,
			java.math.@Nullable BigDecimal travelAvoidedKm) {

		public String modeClass() {
			return "appointment-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	record SlotView(String value, ZonedDateTime start, ZonedDateTime end, List<String> modeKeys,
			@Nullable String site) {
	}

	record SlotDay(ZonedDateTime day, List<SlotView> slots) {
	}

}
