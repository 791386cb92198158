package org.boussole.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use link sent by e-mail. Only the SHA-256 hash of the random token is kept, so
 * that a copy of the database does not give working links.
 */
@Entity
@Table(name = "account_token", schema = "accounts")
class AccountToken {

	/** What a link is for. */
	enum Purpose {

		CONFIRM_EMAIL, RESET_PASSWORD, INVITATION,

		/** Unlocks logins to the account in the browser that opens the link. */
		UNLOCK_LOGIN

	}

	/** Where a token stands when someone opens its link. */
	enum State {

		VALID, EXPIRED, USED, UNKNOWN

	}

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(nullable = false, columnDefinition = "bpchar")
	private String tokenHash;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(UUID userId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
		Assert.isTrue(expiresAt.isAfter(now), "A token must expire after its creation");
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	State stateAt(Instant now) {
		if (usedAt != null) {
			return State.USED;
		}
		return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
	}

	/** Marks the link as used; it cannot serve again. */
	void use(Instant now) {
		Assert.state(stateAt(now) == State.VALID, "Only a valid token can be used");
		usedAt = now;
	}

	/** Makes an older, unused link useless when a new one is sent. */
	void invalidate(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	/** Moves the expiry (tests and administration only). */
	void expireAt(Instant instant) {
		expiresAt = instant;
	}

	UUID getId() {
		return id;
	}

	UUID getUserId() {
		return userId;
	}

	Purpose getPurpose() {
		return purpose;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	@Nullable Instant getUsedAt() {
		return usedAt;
	}

}
