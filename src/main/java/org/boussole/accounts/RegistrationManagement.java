package org.boussole.accounts;

import java.time.Clock;
import java.util.Locale;
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
 * How people get an account: beneficiaries sign up and confirm their address, invited
 * staff set their password. Answers never tell whether an address already has an account.
 */
@Service
@Transactional
class RegistrationManagement {

	static final String CONFIRM_PATH = "/inscription/confirmer?jeton=";

	static final String INVITATION_PATH = "/invitation?jeton=";

	private final UserAccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final BoussoleSettings site;

	private final Clock clock;

	private final MailRequestThrottle throttle;

	RegistrationManagement(UserAccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, BoussoleSettings site, Clock clock, MailRequestThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Creates a beneficiary account waiting for confirmation and sends the link. For an
	 * address that already has an account, nothing is created: a pending account gets a
	 * new link, any other a mail saying that someone tried to sign up with its address.
	 * Both paths hash the password, write and publish an event, so that the time of the
	 * answer does not tell whether the address is known.
	 * @param clientAddress where the sign-up comes from
	 * ({@link org.boussole.shared.ClientAddress})
	 * @return the id of the new account, or empty when the address already had one
	 * @throws SignUpLimitReached when too many sign-ups came from that client address or
	 * for that e-mail address ({@link MailRequestThrottle}); nothing is done then
	 */
	Optional<UUID> signUp(String email, String displayName, String rawPassword, Locale locale, String clientAddress) {
		String normalised = UserAccount.normaliseEmail(email);
		acquire(normalised, clientAddress);
		String hash = passwords.encode(rawPassword);
		Optional<UserAccount> existing = accounts.findByEmail(normalised);
		if (existing.isPresent()) {
			answerKnownAddress(existing.get());
			return Optional.empty();
		}
		UserAccount account = accounts.save(UserAccount.signUp(normalised, displayName, hash, locale, clock.instant()));
		sendConfirmation(account);
		return Optional.of(account.getId());
	}

	private void answerKnownAddress(UserAccount account) {
		if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
			sendConfirmation(account);
			return;
		}
		events.publishEvent(new AccountEvents.SignUpWithTakenAddress(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getLocale().getLanguage()));
	}

	/** Counts a sign-up against the limits shared with the other forms that send mail. */
	private void acquire(String email, String clientAddress) {
		if (!throttle.tryAcquire(email, clientAddress)) {
			throw new SignUpLimitReached();
		}
	}

	/**
	 * Sends a new confirmation link if that address belongs to an account waiting for
	 * confirmation.
	 */
	void resendConfirmation(String email) {
		accounts.findByEmail(UserAccount.normaliseEmail(email)).ifPresent(this::sendConfirmation);
	}

	private void sendConfirmation(UserAccount account) {
		if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
			return;
		}
		String link = site.link(CONFIRM_PATH + tokens.issue(account, Purpose.CONFIRM_EMAIL));
		events.publishEvent(new AccountEvents.EmailConfirmationRequested(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getLocale().getLanguage(), link));
	}

	/** Confirms the address of the account the link was sent to. */
	State confirm(String rawToken) {
		Check check = tokens.check(rawToken, Purpose.CONFIRM_EMAIL);
		Optional<UserAccount> account = holder(check);
		if (!check.valid() || account.isEmpty() || account.get().getStatus() == AccountStatus.DISABLED) {
			return check.valid() ? State.UNKNOWN : check.state();
		}
		tokens.use(rawToken, Purpose.CONFIRM_EMAIL);
		account.get().confirmEmail();
		return State.VALID;
	}

	/**
	 * @return the invited account a link leads to, if the link is still valid
	 */
	@Transactional(readOnly = true)
	Invitation findInvitation(String rawToken) {
		Check check = tokens.check(rawToken, Purpose.INVITATION);
		Optional<UserAccount> account = holder(check).filter(a -> a.getStatus() == AccountStatus.INVITED);
		if (check.valid() && account.isEmpty()) {
			return new Invitation(State.UNKNOWN, null);
		}
		return new Invitation(check.state(), account.orElse(null));
	}

	/**
	 * The invited person chose a password (and may have corrected their name): the
	 * account becomes active.
	 */
	State acceptInvitation(String rawToken, String displayName, String rawPassword) {
		Invitation invitation = findInvitation(rawToken);
		if (invitation.state() != State.VALID || invitation.account() == null) {
			return invitation.state();
		}
		tokens.use(rawToken, Purpose.INVITATION);
		UserAccount account = accounts.findById(invitation.account().getId()).orElseThrow();
		account.updateProfile(displayName, account.getLocale());
		account.setPassword(passwords.encode(rawPassword));
		events.publishEvent(new AccountEvents.InvitationAccepted(account.getId()));
		return State.VALID;
	}

	private Optional<UserAccount> holder(Check check) {
		return check.token() == null ? Optional.empty() : accounts.findById(check.token().getUserId());
	}

	/** An invitation link as opened: its state and, when valid, the invited account. */
	record Invitation(State state, @org.jspecify.annotations.Nullable UserAccount account) {
	}

}
