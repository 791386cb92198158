package org.boussole.accounts;

import java.util.Optional;

import org.boussole.shared.BoussoleSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;
import org.boussole.accounts.AccountTokens.Check;

/**
 * The owner's way in while failed attempts slow logins to their account down: a
 * single-use link sent to the account's address unlocks logins in the browser that opens
 * it ({@link UnlockedBrowsers}).
 */
@Service
@Transactional
class LoginUnlocks {

	static final String LINK_PATH = "/connexion/debloquer/lien";

	private final UserAccountRepository accounts;

	private final AccountTokens tokens;

	private final ApplicationEventPublisher events;

	private final BoussoleSettings site;

	LoginUnlocks(UserAccountRepository accounts, AccountTokens tokens, ApplicationEventPublisher events,
			BoussoleSettings site) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.events = events;
		this.site = site;
	}

	/**
	 * Sends an unlock link if that address belongs to an account that can log in; says
	 * nothing either way.
	 */
	void request(String email) {
		accounts.findByEmail(UserAccount.normaliseEmail(email))
			.filter(account -> account.getStatus() == AccountStatus.ACTIVE)
			.ifPresent(account -> {
				String link = site.link(LINK_PATH + "?jeton=" + tokens.issue(account, Purpose.UNLOCK_LOGIN));
				events.publishEvent(new AccountEvents.LoginUnlockRequested(account.getId(), account.getEmail(),
						account.getDisplayName(), account.getLocale().getLanguage(), link));
			});
	}

	/**
	 * @return the state of a link, without using it
	 */
	@Transactional(readOnly = true)
	State check(@Nullable String rawToken) {
		Check check = tokens.check(rawToken, Purpose.UNLOCK_LOGIN);
		return check.valid() && holder(check).isEmpty() ? State.UNKNOWN : check.state();
	}

	/**
	 * Uses a link, which cannot serve again.
	 * @return the address of the account to unlock, or empty when the link is not valid
	 */
	Optional<String> use(@Nullable String rawToken) {
		if (check(rawToken) != State.VALID) {
			return Optional.empty();
		}
		Check used = tokens.use(rawToken, Purpose.UNLOCK_LOGIN);
		return used.valid() ? holder(used).map(UserAccount::getEmail) : Optional.empty();
	}

	private Optional<UserAccount> holder(Check check) {
		return check.token() == null ? Optional.empty()
				: accounts.findById(check.token().getUserId()).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
	}

}
