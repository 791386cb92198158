package org.boussole.accompaniment.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A counsellor is available every week on one day, between two local times, at a site (in
 * person) or remotely, in some modes, for slots of a given length.
 */
@Entity
@Table(name = "availability_rule", schema = "accompaniment")
class AvailabilityRule {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID counsellorId;

	@Column(nullable = false)
	private short dayOfWeek;

	@Column(nullable = false)
	private LocalTime startTime;

	@Column(nullable = false)
	private LocalTime endTime;

	private @Nullable UUID siteId;

	@Convert(converter = ModeSet.class)
	@Column(nullable = false)
	private Set<MeetingMode> modes;

	@Column(nullable = false)
	private int slotMinutes;

	@Column(nullable = false)
	private String zone;

	@Column(nullable = false)
	private Instant createdAt;

	protected AvailabilityRule() {
	}

	AvailabilityRule(UUID counsellorId, SlotCalculator.Rule rule, Instant now) {
		this.id = UUID.randomUUID();
		this.counsellorId = counsellorId;
		this.dayOfWeek = (short) rule.day().getValue();
		this.startTime = rule.start();
		this.endTime = rule.end();
		this.siteId = rule.siteId();
		this.modes = EnumSet.copyOf(rule.modes());
		this.slotMinutes = rule.slotMinutes();
		this.zone = rule.zone().getId();
		this.createdAt = now;
	}

	SlotCalculator.Rule toRule() {
		return new SlotCalculator.Rule(getDay(), startTime, endTime, siteId, modes, slotMinutes, ZoneId.of(zone));
	}

	UUID getId() {
		return id;
	}

	UUID getCounsellorId() {
		return counsellorId;
	}

	DayOfWeek getDay() {
		return DayOfWeek.of(dayOfWeek);
	}

	LocalTime getStartTime() {
		return startTime;
	}

	LocalTime getEndTime() {
		return endTime;
	}

	@Nullable UUID getSiteId() {
		return siteId;
	}

	Set<MeetingMode> getModes() {
		return modes;
	}

	int getSlotMinutes() {
		return slotMinutes;
	}

}
