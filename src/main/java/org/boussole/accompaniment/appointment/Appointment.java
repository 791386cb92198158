package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appointment of a dossier between the beneficiary and their referent: in person at a
 * site, by video (with its own meeting link) or by phone (who calls whom, at which
 * number). Booked, then moved, cancelled, or recorded afterwards as honoured, missed or
 * cancelled late. A change that the status does not allow throws
 * {@link IllegalStateException}. Each change of time or cancellation increments the
 * sequence of its calendar entry.
 */
@Entity
@Table(name = "appointment", schema = "accompaniment")
class Appointment {

	static final int MAX_REASON = 500;

	static final int MAX_SUMMARY = 4000;

	static final int MAX_NEXT_STEPS = 2000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID counsellorId;

	@Column(nullable = false)
	private UUID beneficiaryId;

	@Column(nullable = false)
	private Instant startAt;

	@Column(nullable = false)
	private Instant endAt;

	@Column(nullable = false)
	private String zone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingMode mode;

	private @Nullable UUID siteId;

	private @Nullable String videoLink;

	@Enumerated(EnumType.STRING)
	private @Nullable PhoneCaller phoneCaller;

	private @Nullable String phoneNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppointmentStatus status;

	private @Nullable String cancellationReason;

	@Column(nullable = false)
	private int sequence;

	private @Nullable Instant remindedAt;

	private @Nullable String summary;

	private @Nullable String nextSteps;

	private @Nullable String privateNote;

	private java.math.@Nullable BigDecimal travelAvoidedKm;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Appointment() {
	}

	/** What a new appointment is made of. */
	record Booking(UUID dossierId, UUID counsellorId, UUID beneficiaryId, Instant start, Instant end, ZoneId zone,
			MeetingMode mode, @Nullable UUID siteId, @Nullable String videoLink, @Nullable PhoneCaller phoneCaller,
			@Nullable String phoneNumber) {

		Booking {
			Assert.isTrue(start.isBefore(end), "an appointment starts before it ends");
			Assert.isTrue(mode != MeetingMode.IN_PERSON || siteId != null, "in person needs a site");
			Assert.isTrue(mode != MeetingMode.VIDEO || videoLink != null, "video needs a link");
			Assert.isTrue(mode != MeetingMode.PHONE || (phoneCaller != null && phoneNumber != null),
					"phone needs who calls and the number");
		}

	}

	static Appointment book(Booking booking, Instant now) {
		Appointment appointment = new Appointment();
		appointment.id = UUID.randomUUID();
		appointment.dossierId = booking.dossierId();
		appointment.counsellorId = booking.counsellorId();
		appointment.beneficiaryId = booking.beneficiaryId();
		appointment.startAt = booking.start();
		appointment.endAt = booking.end();
		appointment.zone = booking.zone().getId();
		appointment.mode = booking.mode();
		appointment.siteId = booking.mode() == MeetingMode.IN_PERSON ? booking.siteId() : null;
		appointment.videoLink = booking.mode() == MeetingMode.VIDEO ? booking.videoLink() : null;
		appointment.phoneCaller = booking.mode() == MeetingMode.PHONE ? booking.phoneCaller() : null;
		appointment.phoneNumber = booking.mode() == MeetingMode.PHONE ? booking.phoneNumber() : null;
		appointment.status = AppointmentStatus.BOOKED;
		appointment.sequence = 0;
		appointment.createdAt = now;
		appointment.updatedAt = now;
		return appointment;
	}

	/**
	 * Moves a booked appointment to another time, same mode and place.
	 * @throws IllegalStateException unless booked
	 */
	void reschedule(Instant start, Instant end, @Nullable UUID siteId, Instant now) {
		requireBooked();
		Assert.isTrue(start.isBefore(end), "an appointment starts before it ends");
		this.startAt = start;
		this.endAt = end;
		if (mode == MeetingMode.IN_PERSON && siteId != null) {
			this.siteId = siteId;
		}
		this.remindedAt = null;
		changed(now);
	}

	/**
	 * Cancels a booked appointment, with the reason.
	 * @throws IllegalStateException unless booked
	 * @throws IllegalArgumentException when the reason is blank or too long
	 */
	void cancel(String reason, Instant now) {
		requireBooked();
		this.cancellationReason = requireText(reason, MAX_REASON);
		this.status = AppointmentStatus.CANCELLED;
		changed(now);
	}

	/**
	 * Records, once it has started, whether the appointment took place, with a summary
	 * shared with the beneficiary, next steps and a private note.
	 * @param outcome honoured, missed or cancelled late
	 * @throws IllegalStateException unless booked (or already recorded, then corrected)
	 * and started
	 */
	void recordOutcome(AppointmentStatus outcome, @Nullable String summary, @Nullable String nextSteps,
			@Nullable String privateNote, Instant now) {
		recordOutcome(outcome, summary, nextSteps, privateNote, null, now);
	}

	/**
	 * As {@link #recordOutcome(AppointmentStatus, String, String, String, Instant)}, and
	 * keeps the round trip the person did not travel when a remote appointment took
	 * place.
	 * @param roundTripKm the distance from their home to the site and back, if known
	 */
	void recordOutcome(AppointmentStatus outcome, @Nullable String summary, @Nullable String nextSteps,
			@Nullable String privateNote, @Nullable Double roundTripKm, Instant now) {
		Assert.isTrue(outcome == AppointmentStatus.HONOURED || outcome == AppointmentStatus.MISSED
				|| outcome == AppointmentStatus.LATE_CANCELLED, "an outcome");
		if (status == AppointmentStatus.CANCELLED || now.isBefore(startAt)) {
			throw new IllegalStateException("Appointment " + id + " cannot be recorded now");
		}
		this.status = outcome;
		this.summary = optionalText(summary, MAX_SUMMARY);
		this.nextSteps = optionalText(nextSteps, MAX_NEXT_STEPS);
		this.privateNote = optionalText(privateNote, MAX_SUMMARY);
		this.travelAvoidedKm = (outcome == AppointmentStatus.HONOURED && mode != MeetingMode.IN_PERSON
				&& roundTripKm != null)
						? java.math.BigDecimal.valueOf(roundTripKm).setScale(1, java.math.RoundingMode.HALF_UP) : null;
		this.updatedAt = now;
	}

	void markReminded(Instant now) {
		this.remindedAt = now;
	}

	boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

	private void requireBooked() {
		if (status != AppointmentStatus.BOOKED) {
			throw new IllegalStateException("Appointment " + id + " is " + status);
		}
	}

	private void changed(Instant now) {
		this.sequence++;
		this.updatedAt = now;
	}

	static String requireText(@Nullable String text, int max) {
		String value = optionalText(text, max);
		if (value == null) {
			throw new IllegalArgumentException("A text is needed");
		}
		return value;
	}

	static @Nullable String optionalText(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw new IllegalArgumentException("Text too long");
		}
		return text.strip();
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

	Instant getStartAt() {
		return startAt;
	}

	Instant getEndAt() {
		return endAt;
	}

	ZoneId getZone() {
		return ZoneId.of(zone);
	}

	MeetingMode getMode() {
		return mode;
	}

	@Nullable UUID getSiteId() {
		return siteId;
	}

	@Nullable String getVideoLink() {
		return videoLink;
	}

	@Nullable PhoneCaller getPhoneCaller() {
		return phoneCaller;
	}

	@Nullable String getPhoneNumber() {
		return phoneNumber;
	}

	AppointmentStatus getStatus() {
		return status;
	}

	@Nullable String getCancellationReason() {
		return cancellationReason;
	}

	int getSequence() {
		return sequence;
	}

	@Nullable Instant getRemindedAt() {
		return remindedAt;
	}

	@Nullable String getSummary() {
		return summary;
	}

	@Nullable String getNextSteps() {
		return nextSteps;
	}

	@Nullable String getPrivateNote() {
		return privateNote;
	}

	java.math.@Nullable BigDecimal getTravelAvoidedKm() {
		return travelAvoidedKm;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Appointment appointment && Objects.equals(id, appointment.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
