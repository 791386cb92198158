package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days when a counsellor is away (holidays, closure, training), with the reason. */
@Entity
@Table(name = "availability_exception", schema = "accompaniment")
class AvailabilityException {

	static final int MAX_REASON = 200;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID counsellorId;

	@Column(nullable = false)
	private LocalDate firstDay;

	@Column(nullable = false)
	private LocalDate lastDay;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private Instant createdAt;

	protected AvailabilityException() {
	}

	AvailabilityException(UUID counsellorId, LocalDate firstDay, LocalDate lastDay, String reason, Instant now) {
		if (lastDay.isBefore(firstDay) || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			throw new IllegalArgumentException("Not a valid exception");
		}
		this.id = UUID.randomUUID();
		this.counsellorId = counsellorId;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.reason = reason.strip();
		this.createdAt = now;
	}

	SlotCalculator.Closure toClosure() {
		return new SlotCalculator.Closure(firstDay, lastDay);
	}

	UUID getId() {
		return id;
	}

	UUID getCounsellorId() {
		return counsellorId;
	}

	LocalDate getFirstDay() {
		return firstDay;
	}

	LocalDate getLastDay() {
		return lastDay;
	}

	String getReason() {
		return reason;
	}

}
