package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One time of a proposal: when, how, and where for an appointment in person. */
@Entity
@Table(name = "proposed_slot", schema = "accompaniment")
class ProposedSlot {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	private AppointmentProposal proposal;

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

	protected ProposedSlot() {
	}

	/** A time to propose. */
	record Time(Instant start, Instant end, ZoneId zone, MeetingMode mode, @Nullable UUID siteId) {

		Time {
			Assert.isTrue(start.isBefore(end), "a time starts before it ends");
			Assert.isTrue(mode != MeetingMode.IN_PERSON || siteId != null, "in person needs a site");
		}

		boolean overlaps(Time other) {
			return start.isBefore(other.end) && other.start.isBefore(end);
		}

	}

	ProposedSlot(AppointmentProposal proposal, Time time) {
		this.id = UUID.randomUUID();
		this.proposal = proposal;
		this.startAt = time.start();
		this.endAt = time.end();
		this.zone = time.zone().getId();
		this.mode = time.mode();
		this.siteId = time.mode() == MeetingMode.IN_PERSON ? time.siteId() : null;
	}

	UUID getId() {
		return id;
	}

	AppointmentProposal getProposal() {
		return proposal;
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

}
