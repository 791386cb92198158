package org.boussole.accounts;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes when a person last gave their right password, in a transaction of its own (the
 * check of the password only reads).
 */
@Component
class LastLogin {

	private final UserAccountRepository accounts;

	private final Clock clock;

	LastLogin(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(UUID accountId) {
		accounts.recordLogin(accountId, clock.instant());
	}

}
