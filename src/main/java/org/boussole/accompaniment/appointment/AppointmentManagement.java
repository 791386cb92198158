package org.boussole.accompaniment.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentEvents.AppointmentBooked;
import org.boussole.accompaniment.AppointmentEvents.AppointmentCancelled;
import org.boussole.accompaniment.AppointmentEvents.AppointmentRescheduled;
import org.boussole.accompaniment.DossierAppointments.Step;
import org.boussole.accompaniment.DossierAppointments;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierPlaces;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, moves and cancels the appointments of a dossier, and records afterwards whether
 * they took place. The database refuses two booked appointments of one counsellor at the
 * same time, so that two people clicking the same slot at the same moment cannot both get
 * it. Each step goes on the dossier's timeline and is announced to the notifications.
 */
@Service
@Transactional
class AppointmentManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppointmentRepository appointments;

	private final AvailabilityManagement availability;

	private final DossierParticipation participation;

	private final DossierAppointments timeline;

	private final AppointmentSettings settings;

	private final ApplicationEventPublisher events;

	private final DossierPlaces places;

	private final AppointmentProposalRepository proposals;

	private final Clock clock;

	AppointmentManagement(AppointmentRepository appointments, AvailabilityManagement availability,
			DossierParticipation participation, DossierAppointments timeline, AppointmentSettings settings,
			ApplicationEventPublisher events, DossierPlaces places, AppointmentProposalRepository proposals,
			Clock clock) {
		this.proposals = proposals;
		this.places = places;
		this.appointments = appointments;
		this.availability = availability;
		this.participation = participation;
		this.timeline = timeline;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The beneficiary books a free slot of their referent, in one of the modes it offers.
	 * The open proposals of the dossier no longer keep their times.
	 * @param phoneNumber the number the counsellor will call, for a phone appointment
	 * @return the new appointment's id
	 * @throws AppointmentRefused when the slot is not free (any more), the mode not
	 * offered, or the dossier not open
	 */
	UUID book(CurrentUser user, Instant start, MeetingMode mode, @Nullable String phoneNumber) {
		Participant dossier = openDossierOf(user);
		UUID referent = dossier.referentId();
		SlotCalculator.Slot slot = freeSlot(referent, start, null);
		if (!slot.modes().contains(mode) || (mode == MeetingMode.IN_PERSON && slot.siteId() == null)) {
			throw new AppointmentRefused(AppointmentRefused.MODE);
		}
		Appointment appointment = Appointment
			.book(new Appointment.Booking(dossier.dossierId(), referent, user.id(), slot.start(), slot.end(),
					slot.zone(), mode, slot.siteId(), mode == MeetingMode.VIDEO ? videoLink() : null,
					mode == MeetingMode.PHONE ? PhoneCaller.COUNSELLOR_CALLS : null,
					mode == MeetingMode.PHONE ? phoneNumber : null), clock.instant());
		save(appointment);
		supersedeOpenProposals(dossier.dossierId());
		timeline.record(dossier.dossierId(), user.id(), Step.BOOKED, null);
		events.publishEvent(new AppointmentBooked(appointment.getId()));
		return appointment.getId();
	}

	/**
	 * The beneficiary of a dossier booked a time: its open proposals no longer keep
	 * theirs (they are locked first, so that no pick runs at the same moment).
	 * @return how many proposals were closed
	 */
	int supersedeOpenProposals(UUID dossierId) {
		Instant now = clock.instant();
		List<AppointmentProposal> open = proposals.findOpenForDecision(dossierId);
		open.forEach(proposal -> proposal.supersede(now));
		return open.size();
	}

	/**
	 * Either person moves a booked appointment to another free slot of the counsellor, up
	 * to the notice.
	 */
	void reschedule(CurrentUser user, UUID appointmentId, Instant start, String reason) {
		Appointment appointment = changeable(user, appointmentId);
		String text = Appointment.requireText(reason, Appointment.MAX_REASON);
		SlotCalculator.Slot slot = freeSlot(appointment.getCounsellorId(), start, appointment.getId());
		if (!slot.modes().contains(appointment.getMode())
				|| (appointment.getMode() == MeetingMode.IN_PERSON && slot.siteId() == null)) {
			throw new AppointmentRefused(AppointmentRefused.MODE);
		}
		appointment.reschedule(slot.start(), slot.end(), slot.siteId(), clock.instant());
		save(appointment);
		timeline.record(appointment.getDossierId(), user.id(), Step.RESCHEDULED, text);
		events.publishEvent(new AppointmentRescheduled(appointment.getId()));
	}

	/** Either person cancels a booked appointment, up to the notice, with a reason. */
	void cancel(CurrentUser user, UUID appointmentId, String reason) {
		Appointment appointment = changeable(user, appointmentId);
		appointment.cancel(reason, clock.instant());
		timeline.record(appointment.getDossierId(), user.id(), Step.CANCELLED, appointment.getCancellationReason());
		events.publishEvent(new AppointmentCancelled(appointment.getId()));
	}

	/**
	 * The counsellor records whether the appointment took place (or corrects what was
	 * recorded). The first appointment honoured of the dossier, ever, is announced once.
	 * @throws IllegalStateException when it has not started yet or was cancelled
	 */
	void recordOutcome(CurrentUser user, UUID appointmentId, AppointmentStatus outcome, @Nullable String summary,
			@Nullable String nextSteps, @Nullable String privateNote) {
		Appointment appointment = ofCounsellor(user, appointmentId);
		appointment.recordOutcome(outcome, summary, nextSteps, privateNote,
				places.roundTripKm(appointment.getDossierId()).orElse(null), clock.instant());
		if (outcome == AppointmentStatus.HONOURED) {
			timeline.recordHonoured(appointment.getDossierId(), appointment.getStartAt());
		}
		timeline.record(appointment.getDossierId(), user.id(), Step.valueOf(outcome.name()), null);
	}

	/**
	 * @return the appointment if the user is its beneficiary, or its counsellor while
	 * they still work as a counsellor in the dossier's structure; otherwise 404
	 */
	@Transactional(readOnly = true)
	Appointment forParticipant(CurrentUser user, UUID appointmentId) {
		return appointments.findById(appointmentId)
			.filter(appointment -> appointment.getBeneficiaryId().equals(user.id())
					|| isCurrentCounsellor(user, appointment))
			.orElseThrow(AppointmentManagement::notFound);
	}

	@Transactional(readOnly = true)
	List<Appointment> ofDossier(UUID dossierId) {
		return appointments.findByDossierIdOrderByStartAt(dossierId);
	}

	@Transactional(readOnly = true)
	List<Appointment> agenda(UUID counsellorId, Instant from, Instant to) {
		return appointments.findAgenda(counsellorId, from, to);
	}

	Participant openDossierOf(CurrentUser user) {
		Participant dossier = participation.currentOf(user.id()).orElse(null);
		if (dossier == null || !dossier.open() || dossier.referentId() == null) {
			throw new AppointmentRefused(AppointmentRefused.NO_DOSSIER);
		}
		return dossier;
	}

	private Appointment ofCounsellor(CurrentUser user, UUID appointmentId) {
		return appointments.findById(appointmentId)
			.filter(appointment -> isCurrentCounsellor(user, appointment))
			.orElseThrow(AppointmentManagement::notFound);
	}

	private boolean isCurrentCounsellor(CurrentUser user, Appointment appointment) {
		return appointment.getCounsellorId().equals(user.id())
				&& participation.isCounsellorOfStructure(user, appointment.getDossierId());
	}

	private Appointment changeable(CurrentUser user, UUID appointmentId) {
		Appointment appointment = forParticipant(user, appointmentId);
		if (!appointment.isBooked()) {
			throw new AppointmentRefused(AppointmentRefused.NOT_BOOKED);
		}
		if (appointment.getStartAt().isBefore(clock.instant().plus(settings.notice()))) {
			throw new AppointmentRefused(AppointmentRefused.TOO_LATE);
		}
		return appointment;
	}

	private SlotCalculator.Slot freeSlot(UUID counsellorId, Instant start, @Nullable UUID ignored) {
		return availability.freeSlots(counsellorId, ignored)
			.stream()
			.filter(slot -> slot.start().equals(start))
			.findFirst()
			.orElseThrow(() -> new AppointmentRefused(AppointmentRefused.NOT_FREE));
	}

	private void save(Appointment appointment) {
		try {
			appointments.saveAndFlush(appointment);
		}
		catch (DataIntegrityViolationException ex) {
			// the exclusion constraint: someone else took this time a moment ago
			throw new AppointmentRefused(AppointmentRefused.TAKEN);
		}
	}

	String videoLink() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return settings.videoBaseUrl() + HexFormat.of().formatHex(bytes);
	}

	static org.springframework.web.server.ResponseStatusException notFound() {
		return new org.springframework.web.server.ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND);
	}

}
