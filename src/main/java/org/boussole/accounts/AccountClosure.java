package org.boussole.accounts;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A beneficiary closes their own account: with their password, the account is anonymised
 * at once, its pending links are voided, and {@link AccountClosed} lets every module
 * anonymise its own data. Staff accounts are closed by an administrator, not this way.
 */
@Service
@Transactional
class AccountClosure {

	/** What became of a request to close an account. */
	enum Result {

		CLOSED, WRONG_PASSWORD, STAFF

	}

	private final UserAccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountSessions sessions;

	AccountClosure(UserAccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock, AccountSessions sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return whether this account may close itself (beneficiaries only)
	 */
	@Transactional(readOnly = true)
	boolean maySelfClose(UUID accountId) {
		return accounts.findById(accountId)
			.filter(account -> !account.isStaff() && account.getStatus() == AccountStatus.ACTIVE)
			.isPresent();
	}

	/**
	 * Closes the account if the password is right; nothing changes otherwise.
	 */
	Result close(UUID accountId, String rawPassword) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		if (account.isStaff() || account.getStatus() != AccountStatus.ACTIVE) {
			return Result.STAFF;
		}
		String hash = account.getPasswordHash();
		if (hash == null || !passwords.matches(rawPassword, hash)) {
			return Result.WRONG_PASSWORD;
		}
		String formerEmail = account.getEmail();
		account.close(clock.instant());
		tokens.deleteAll(tokens.findByUserId(accountId));
		events.publishEvent(new AccountClosed(accountId, formerEmail));
		sessions.changed(accountId);
		return Result.CLOSED;
	}

}
