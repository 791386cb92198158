package org.boussole.accompaniment.appointment;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The private address of a counsellor's calendar feed: whoever knows the token reads the
 * agenda (times and modes, no names), so a new token revokes the old address.
 */
@Entity
@Table(name = "calendar_feed", schema = "accompaniment")
class CalendarFeed {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private UUID counsellorId;

	@Column(nullable = false)
	private String token;

	@Column(nullable = false)
	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(UUID counsellorId, Instant now) {
		this.counsellorId = counsellorId;
		renew(now);
	}

	/** Gives the feed a new token: the old address stops working. */
	void renew(Instant now) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.createdAt = now;
	}

	UUID getCounsellorId() {
		return counsellorId;
	}

	String getToken() {
		return token;
	}

}
