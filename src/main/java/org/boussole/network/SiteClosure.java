package org.boussole.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days (inclusive) when a site is closed, with the reason: holidays, works. */
@Entity
@Table(name = "site_closure", schema = "network")
class SiteClosure {

	static final int MAX_REASON = 200;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID siteId;

	@Column(nullable = false)
	private LocalDate firstDay;

	@Column(nullable = false)
	private LocalDate lastDay;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private Instant createdAt;

	protected SiteClosure() {
	}

	SiteClosure(UUID siteId, SiteCalendar.Closure closure, Instant now) {
		Assert.isTrue(!closure.lastDay().isBefore(closure.firstDay()), "a closure ends after it starts");
		Assert.hasText(closure.reason(), "a closure has a reason");
		Assert.isTrue(closure.reason().strip().length() <= MAX_REASON, "reason too long");
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.firstDay = closure.firstDay();
		this.lastDay = closure.lastDay();
		this.reason = closure.reason().strip();
		this.createdAt = now;
	}

	SiteCalendar.Closure toClosure() {
		return new SiteCalendar.Closure(firstDay, lastDay, reason);
	}

	UUID getId() {
		return id;
	}

	UUID getSiteId() {
		return siteId;
	}

}
