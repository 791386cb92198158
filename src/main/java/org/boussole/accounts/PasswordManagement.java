package org.boussole.accounts;

import java.util.Optional;
import java.util.UUID;

import org.boussole.shared.BoussoleSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;
import org.boussole.accounts.AccountTokens.Check;

/**
 * Forgotten passwords (a single-use link by e-mail) and password changes by a logged-in
 * person.
 */
@Service
@Transactional
class PasswordManagement {

	static final String RESET_PATH = "/mot-de-passe/nouveau?jeton=";

	private final UserAccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final BoussoleSettings site;

	private final AccountSessions sessions;

	PasswordManagement(UserAccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, BoussoleSettings site, AccountSessions sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.site = site;
	}

	/**
	 * Sends a reset link if the address belongs to an active account; says nothing either
	 * way.
	 */
	void requestReset(String email) {
		accounts.findByEmail(UserAccount.normaliseEmail(email))
			.filter(account -> account.getStatus() == AccountStatus.ACTIVE)
			.ifPresent(account -> {
				String link = site.link(RESET_PATH + tokens.issue(account, Purpose.RESET_PASSWORD));
				events.publishEvent(new AccountEvents.PasswordResetRequested(account.getId(), account.getEmail(),
						account.getDisplayName(), account.getLocale().getLanguage(), link));
			});
	}

	/**
	 * @return the address of the account whose reset link this is, if the link is still
	 * valid
	 */
	@Transactional(readOnly = true)
	ResetLink findResetLink(String rawToken) {
		Check check = tokens.check(rawToken, Purpose.RESET_PASSWORD);
		Optional<UserAccount> account = check.token() == null ? Optional.empty()
				: accounts.findById(check.token().getUserId()).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
		if (check.valid() && account.isEmpty()) {
			return new ResetLink(State.UNKNOWN, "");
		}
		return new ResetLink(check.state(), account.map(UserAccount::getEmail).orElse(""));
	}

	/**
	 * Sets a new password through a reset link, which cannot serve again, and ends every
	 * session of the account.
	 */
	State reset(String rawToken, String rawPassword) {
		ResetLink link = findResetLink(rawToken);
		if (link.state() != State.VALID) {
			return link.state();
		}
		Check used = tokens.use(rawToken, Purpose.RESET_PASSWORD);
		UserAccount account = accounts.findById(used.token().getUserId()).orElseThrow();
		changeTo(account, rawPassword);
		return State.VALID;
	}

	/**
	 * Sets the new password if the current one is right, and ends the person's other
	 * sessions.
	 * @return the person as the session that made the change must now hold them, or empty
	 * when the current password was wrong (nothing changed)
	 */
	Optional<CurrentUser> change(CurrentUser user, String currentPassword, String newPassword) {
		UserAccount account = accounts.findById(user.id()).orElseThrow();
		String hash = account.getPasswordHash();
		if (hash == null || !passwords.matches(currentPassword, hash)) {
			return Optional.empty();
		}
		return Optional.of(user.withSessionGeneration(changeTo(account, newPassword)));
	}

	/**
	 * @return the account's new session generation
	 */
	private int changeTo(UserAccount account, String rawPassword) {
		account.setPassword(passwords.encode(rawPassword));
		int generation = account.endSessions();
		sessions.changed(account.getId());
		events.publishEvent(new AccountEvents.PasswordChanged(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getLocale().getLanguage()));
		return generation;
	}

	/**
	 * A reset link as opened: its state and, when valid, the address of its account (for
	 * the password policy).
	 */
	record ResetLink(State state, String email) {
	}

}
