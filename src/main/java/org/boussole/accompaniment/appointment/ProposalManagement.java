package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentEvents.AppointmentBooked;
import org.boussole.accompaniment.AppointmentEvents.AppointmentProposalDeclined;
import org.boussole.accompaniment.AppointmentEvents.AppointmentProposed;
import org.boussole.accompaniment.DossierAppointments.Step;
import org.boussole.accompaniment.DossierAppointments;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteCalendar;
import org.boussole.network.SiteSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referent proposes times to the beneficiary of a dossier; the beneficiary picks one,
 * which is booked under the same database guarantee as any booking (no double booking),
 * or declines them with a reason. Each step goes on the timeline and is announced to the
 * notifications.
 */
@Service
@Transactional
class ProposalManagement {

	private final AppointmentProposalRepository proposals;

	private final AppointmentRepository appointments;

	private final AppointmentManagement management;

	private final AvailabilityManagement availability;

	private final DossierParticipation participation;

	private final DossierAppointments timeline;

	private final NetworkManagement network;

	private final AppointmentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalManagement(AppointmentProposalRepository proposals, AppointmentRepository appointments,
			AppointmentManagement management, AvailabilityManagement availability, DossierParticipation participation,
			DossierAppointments timeline, NetworkManagement network, AppointmentSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.appointments = appointments;
		this.management = management;
		this.availability = availability;
		this.participation = participation;
		this.timeline = timeline;
		this.network = network;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** A time as the counsellor chose it: local date and time, length, mode and site. */
	record Wanted(LocalDate day, java.time.LocalTime time, int minutes, MeetingMode mode, @Nullable UUID siteId) {
	}

	/**
	 * The referent of an open dossier proposes times to its beneficiary.
	 * @return the new proposal's id
	 * @throws AppointmentRefused with the index of the time in {@link ProposalRefused}
	 * when a time is past, beyond the horizon, at a site that is not theirs or closed
	 * then, or already taken
	 */
	UUID propose(CurrentUser user, UUID dossierId, List<Wanted> wanted) {
		Participant dossier = participation.asStaff(user, dossierId);
		if (dossier.side() != DossierParticipation.Side.REFERENT || !dossier.open()) {
			throw new AppointmentRefused(AppointmentRefused.NO_DOSSIER);
		}
		Instant now = clock.instant();
		Map<UUID, SiteSummary> sites = new java.util.HashMap<>();
		availability.sitesOf(user.id()).forEach(site -> sites.put(site.id(), site));
		Map<UUID, SiteCalendar> calendars = network.siteCalendars(
				wanted.stream().map(Wanted::siteId).filter(Objects::nonNull).distinct().toList(),
				LocalDate.now(clock.withZone(AvailabilityManagement.DEFAULT_ZONE)).minusDays(1));
		List<SlotCalculator.Busy> taken = availability.busy(user.id(), now, null);
		List<ProposedSlot.Time> times = new java.util.ArrayList<>();
		for (int index = 0; index < wanted.size(); index++) {
			ProposedSlot.Time time = time(user, wanted.get(index), sites, calendars, index, now);
			for (SlotCalculator.Busy busy : taken) {
				if (time.start().isBefore(busy.end()) && busy.start().isBefore(time.end())) {
					throw new ProposalRefused(index, AppointmentRefused.TAKEN);
				}
			}
			for (ProposedSlot.Time other : times) {
				if (other.overlaps(time)) {
					throw new ProposalRefused(index, "accompaniment.proposal.error.overlap");
				}
			}
			times.add(time);
		}
		AppointmentProposal proposal = proposals.save(new AppointmentProposal(dossierId, user.id(),
				dossier.beneficiaryId(), times, now, settings.proposalHold()));
		timeline.record(dossierId, user.id(), Step.PROPOSED, null);
		events.publishEvent(new AppointmentProposed(proposal.getId()));
		return proposal.getId();
	}

	private ProposedSlot.Time time(CurrentUser user, Wanted wanted, Map<UUID, SiteSummary> sites,
			Map<UUID, SiteCalendar> calendars, int index, Instant now) {
		java.time.ZoneId zone = availability.zoneOf(user.id());
		if (wanted.mode() == MeetingMode.IN_PERSON) {
			SiteSummary site = wanted.siteId() == null ? null : sites.get(wanted.siteId());
			if (site == null) {
				throw new ProposalRefused(index, "accompaniment.proposal.error.site");
			}
			zone = site.country().timeZone();
		}
		java.time.ZonedDateTime start = java.time.ZonedDateTime.of(wanted.day(), wanted.time(), zone);
		java.time.ZonedDateTime end = start.plusMinutes(wanted.minutes());
		if (!start.toInstant().isAfter(now)) {
			throw new ProposalRefused(index, "accompaniment.proposal.error.past");
		}
		if (start.toInstant().isAfter(now.plus(settings.horizon()))) {
			throw new ProposalRefused(index, "accompaniment.proposal.error.horizon");
		}
		if (wanted.mode() == MeetingMode.IN_PERSON && wanted.siteId() != null) {
			SiteCalendar calendar = calendars.getOrDefault(wanted.siteId(), SiteCalendar.unrestricted(wanted.siteId()));
			if (!end.toLocalDate().equals(wanted.day())
					|| !calendar.receives(wanted.day(), wanted.time(), end.toLocalTime())) {
				throw new ProposalRefused(index, "accompaniment.proposal.error.siteClosed");
			}
		}
		return new ProposedSlot.Time(start.toInstant(), end.toInstant(), zone, wanted.mode(),
				wanted.mode() == MeetingMode.IN_PERSON ? wanted.siteId() : null);
	}

	/**
	 * The beneficiary picks one time of a proposal made to them; it is booked, and the
	 * other times are released, with those of any other open proposal of the dossier. A
	 * proposal whose hold is over cannot be picked, even before its expiry is recorded
	 * (the row is locked, so the expiry and the pick cannot both happen).
	 * @param phoneNumber the number the counsellor will call, for a phone appointment
	 * @return the id of the appointment booked
	 */
	UUID pick(CurrentUser user, UUID proposalId, UUID slotId, @Nullable String phoneNumber) {
		AppointmentProposal proposal = ofBeneficiary(user, proposalId);
		Participant dossier = management.openDossierOf(user);
		if (!dossier.dossierId().equals(proposal.getDossierId())) {
			throw new AppointmentRefused(AppointmentRefused.PROPOSAL_CLOSED);
		}
		ProposedSlot slot = proposal.pick(slotId, clock.instant());
		if (slot.getMode() == MeetingMode.PHONE
				&& (phoneNumber == null || !phoneNumber.strip().matches(BookingForm.PHONE_PATTERN))) {
			throw new AppointmentRefused(AppointmentRefused.PHONE);
		}
		Appointment appointment = Appointment.book(
				new Appointment.Booking(proposal.getDossierId(), proposal.getCounsellorId(), user.id(),
						slot.getStartAt(), slot.getEndAt(), slot.getZone(), slot.getMode(), slot.getSiteId(),
						slot.getMode() == MeetingMode.VIDEO ? management.videoLink() : null,
						slot.getMode() == MeetingMode.PHONE ? PhoneCaller.COUNSELLOR_CALLS : null,
						slot.getMode() == MeetingMode.PHONE ? Objects.requireNonNull(phoneNumber).strip() : null),
				clock.instant());
		try {
			appointments.saveAndFlush(appointment);
		}
		catch (DataIntegrityViolationException ex) {
			// the exclusion constraint: that time was booked a moment ago
			throw new AppointmentRefused(AppointmentRefused.TAKEN);
		}
		proposal.bookedAs(appointment.getId());
		management.supersedeOpenProposals(proposal.getDossierId());
		timeline.record(proposal.getDossierId(), user.id(), Step.BOOKED, null);
		events.publishEvent(new AppointmentBooked(appointment.getId()));
		return appointment.getId();
	}

	/** The beneficiary declines every time of a proposal, with a reason. */
	void decline(CurrentUser user, UUID proposalId, String reason) {
		AppointmentProposal proposal = ofBeneficiary(user, proposalId);
		proposal.decline(reason, clock.instant());
		timeline.record(proposal.getDossierId(), user.id(), Step.DECLINED, proposal.getDeclineReason());
		events.publishEvent(new AppointmentProposalDeclined(proposal.getId()));
	}

	/** The counsellor withdraws an open proposal of theirs. */
	void withdraw(CurrentUser user, UUID proposalId) {
		AppointmentProposal proposal = proposals.findForDecision(proposalId)
			.filter(found -> found.getCounsellorId().equals(user.id()))
			.orElseThrow(AppointmentManagement::notFound);
		proposal.withdraw(clock.instant());
	}

	/**
	 * Expires the open proposals whose hold is over: their times are free again, and the
	 * dossier's timeline says so.
	 * @return how many proposals expired
	 */
	int expireDue(Instant now) {
		int count = 0;
		for (AppointmentProposal proposal : proposals.findDueForExpiry(now)) {
			if (proposal.expireIfDue(now)) {
				timeline.record(proposal.getDossierId(), null, Step.EXPIRED, null);
				count++;
			}
		}
		return count;
	}

	/**
	 * @return how long proposed times are kept for the beneficiary
	 */
	java.time.Duration hold() {
		return settings.proposalHold();
	}

	@Transactional(readOnly = true)
	List<AppointmentProposal> ofDossier(UUID dossierId) {
		return proposals.findByDossier(dossierId);
	}

	private AppointmentProposal ofBeneficiary(CurrentUser user, UUID proposalId) {
		return proposals.findForDecision(proposalId)
			.filter(found -> found.getBeneficiaryId().equals(user.id()))
			.orElseThrow(AppointmentManagement::notFound);
	}

	/** A time of a proposal that cannot be proposed: the message goes next to it. */
	static class ProposalRefused extends AppointmentRefused {

		private final int index;

		ProposalRefused(int index, String messageKey) {
			super(messageKey);
			this.index = index;
		}

		int index() {
			return index;
		}

	}

}
