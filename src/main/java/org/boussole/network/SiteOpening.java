package org.boussole.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site is open every week on one day, from one local time to another. */
@Entity
@Table(name = "site_opening", schema = "network")
class SiteOpening {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID siteId;

	@Column(nullable = false)
	private short dayOfWeek;

	@Column(nullable = false)
	private LocalTime opens;

	@Column(nullable = false)
	private LocalTime closes;

	protected SiteOpening() {
	}

	SiteOpening(UUID siteId, SiteCalendar.Opening opening) {
		Assert.isTrue(opening.opens().isBefore(opening.closes()), "a site opens before it closes");
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.dayOfWeek = (short) opening.day().getValue();
		this.opens = opening.opens();
		this.closes = opening.closes();
	}

	SiteCalendar.Opening toOpening() {
		return new SiteCalendar.Opening(DayOfWeek.of(dayOfWeek), opens, closes);
	}

	UUID getId() {
		return id;
	}

	UUID getSiteId() {
		return siteId;
	}

}
