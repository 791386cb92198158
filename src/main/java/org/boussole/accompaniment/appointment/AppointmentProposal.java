package org.boussole.accompaniment.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Times the referent proposes to the beneficiary of a dossier. Open until the beneficiary
 * picks one (which becomes a booked appointment and releases the others), declines them
 * with a reason, the counsellor withdraws them, the beneficiary books another time
 * directly, or the hold expires: the times are kept for the person until
 * {@link #getHoldUntil()} only. A time already past cannot be picked.
 */
@Entity
@Table(name = "appointment_proposal", schema = "accompaniment")
class AppointmentProposal {

	static final int MAX_SLOTS = 3;

	/** Where a proposal stands. */
	enum Status {

		OPEN, PICKED, DECLINED, WITHDRAWN,
		/** nobody picked a time before the hold ended: the times are free again */
		EXPIRED,
		/** the beneficiary booked another time directly: the times are free again */
		SUPERSEDED;

		String messageKey() {
			return "accompaniment.proposal.status." + name();
		}

	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID counsellorId;

	@Column(nullable = false)
	private UUID beneficiaryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private @Nullable String declineReason;

	private @Nullable UUID appointmentId;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant holdUntil;

	private @Nullable Instant decidedAt;

	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startAt")
	private List<ProposedSlot> slots = new ArrayList<>();

	@Version
	private long version;

	protected AppointmentProposal() {
	}

	/**
	 * @param times one to {@link #MAX_SLOTS} times, all in the future, none overlapping
	 * another
	 * @param hold how long the times are kept for the beneficiary, from now
	 */
	AppointmentProposal(UUID dossierId, UUID counsellorId, UUID beneficiaryId, List<ProposedSlot.Time> times,
			Instant now, Duration hold) {
		Assert.isTrue(!times.isEmpty() && times.size() <= MAX_SLOTS, "one to three times");
		Assert.isTrue(hold.compareTo(Duration.ZERO) > 0, "the hold lasts some time");
		for (int i = 0; i < times.size(); i++) {
			Assert.isTrue(times.get(i).start().isAfter(now), "a proposed time is in the future");
			for (int j = i + 1; j < times.size(); j++) {
				Assert.isTrue(!times.get(i).overlaps(times.get(j)), "proposed times do not overlap");
			}
		}
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.counsellorId = counsellorId;
		this.beneficiaryId = beneficiaryId;
		this.status = Status.OPEN;
		this.createdAt = now;
		this.holdUntil = now.plus(hold);
		times.forEach(time -> slots.add(new ProposedSlot(this, time)));
		slots.sort(java.util.Comparator.comparing(ProposedSlot::getStartAt));
	}

	/**
	 * The beneficiary picks one of the times; the others are released.
	 * @return the time picked
	 * @throws AppointmentRefused when the proposal is no longer open (or its hold is
	 * over, even if the expiry was not recorded yet), the time is not one of it, or it is
	 * already past
	 */
	ProposedSlot pick(UUID slotId, Instant now) {
		requireOpen(now);
		ProposedSlot slot = slots.stream()
			.filter(candidate -> candidate.getId().equals(slotId))
			.findFirst()
			.orElseThrow(() -> new AppointmentRefused(AppointmentRefused.NOT_FREE));
		if (!slot.getStartAt().isAfter(now)) {
			throw new AppointmentRefused(AppointmentRefused.EXPIRED);
		}
		this.status = Status.PICKED;
		this.decidedAt = now;
		return slot;
	}

	/** Links the appointment booked from the time picked. */
	void bookedAs(UUID appointmentId) {
		Assert.state(status == Status.PICKED, "picked first");
		this.appointmentId = appointmentId;
	}

	/**
	 * @throws AppointmentRefused when no longer open
	 */
	void decline(String reason, Instant now) {
		requireOpen(now);
		this.declineReason = Appointment.requireText(reason, Appointment.MAX_REASON);
		this.status = Status.DECLINED;
		this.decidedAt = now;
	}

	/**
	 * @throws AppointmentRefused when no longer open
	 */
	void withdraw(Instant now) {
		// the counsellor is told it is no longer open, whether answered or expired
		if (!holds(now)) {
			throw new AppointmentRefused(AppointmentRefused.PROPOSAL_CLOSED);
		}
		this.status = Status.WITHDRAWN;
		this.decidedAt = now;
	}

	/**
	 * The hold is over and nobody picked a time: the times are free again.
	 * @return whether the proposal was open and its hold over (and is now expired)
	 */
	boolean expireIfDue(Instant now) {
		if (status != Status.OPEN || holdUntil.isAfter(now)) {
			return false;
		}
		this.status = Status.EXPIRED;
		this.decidedAt = holdUntil;
		return true;
	}

	/**
	 * The beneficiary booked another time directly: this proposal no longer keeps its
	 * times. Nothing happens when it is no longer open.
	 */
	void supersede(Instant now) {
		if (status == Status.OPEN) {
			this.status = Status.SUPERSEDED;
			this.decidedAt = now;
		}
	}

	/**
	 * @return whether every time proposed is already past
	 */
	boolean isExpired(Instant now) {
		return slots.stream().noneMatch(slot -> slot.getStartAt().isAfter(now));
	}

	boolean isOpen() {
		return status == Status.OPEN;
	}

	/**
	 * @return whether the proposal still keeps its times at that instant: open and its
	 * hold not over (the expiry may not be recorded yet)
	 */
	boolean holds(Instant now) {
		return status == Status.OPEN && holdUntil.isAfter(now);
	}

	private void requireOpen(Instant now) {
		if (status == Status.EXPIRED || (status == Status.OPEN && !holdUntil.isAfter(now))) {
			throw new AppointmentRefused(AppointmentRefused.HOLD_EXPIRED);
		}
		if (status != Status.OPEN) {
			throw new AppointmentRefused(AppointmentRefused.PROPOSAL_CLOSED);
		}
	}

	UUID getId() {
		return id;
	}

	UUID getDossierId() {
		return dossierId;
	}

	UUID getCounsellorId() {
		return counsellorId;
	}

	UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	Status getStatus() {
		return status;
	}

	@Nullable String getDeclineReason() {
		return declineReason;
	}

	@Nullable UUID getAppointmentId() {
		return appointmentId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getHoldUntil() {
		return holdUntil;
	}

	@Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	List<ProposedSlot> getSlots() {
		return List.copyOf(slots);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AppointmentProposal proposal && Objects.equals(id, proposal.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
