package org.boussole.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.shared.BoussoleSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the accounts module for other modules: look accounts up, create them
 * for the demo data and the command line. Sign-up, invitation and password flows live in
 * their own services of this module.
 */
@Service
@Transactional
public class AccountManagement {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AccountTokens tokens;

	private final ApplicationEventPublisher events;

	private final BoussoleSettings site;

	private final RegistrationManagement registration;

	private final AccountSessions sessions;

	AccountManagement(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock, AccountTokens tokens,
			ApplicationEventPublisher events, BoussoleSettings site, RegistrationManagement registration,
			AccountSessions sessions) {
		this.registration = registration;
		this.sessions = sessions;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.tokens = tokens;
		this.events = events;
		this.site = site;
	}

	/**
	 * Creates an account that can log in at once (demo data, first administrator from the
	 * command line).
	 * @param email must not be {@literal null} nor used by another account
	 * @param rawPassword must satisfy the password policy
	 * @return the new account, never {@literal null}
	 * @throws IllegalArgumentException if the address is taken or the password too weak
	 */
	public AccountSummary createActiveAccount(String email, String displayName, Set<Role> roles, String rawPassword) {
		String normalised = UserAccount.normaliseEmail(email);
		if (accounts.existsByEmail(normalised)) {
			throw new IllegalArgumentException("Un compte existe déjà pour " + normalised);
		}
		PasswordPolicy.check(rawPassword, normalised).ifPresent(key -> {
			throw new IllegalArgumentException("Mot de passe refusé : " + PasswordPolicy.describe(key));
		});
		UserAccount account = UserAccount.invite(normalised, displayName, roles, Locale.FRENCH, clock.instant());
		account.setPassword(passwords.encode(rawPassword));
		return AccountSummary.of(accounts.save(account));
	}

	/**
	 * Signs a beneficiary up within another flow (asking for accompaniment): creates the
	 * account waiting for confirmation and publishes
	 * {@link AccountEvents.EmailConfirmationRequested}, as the sign-up page does. An
	 * address that already has an account gets no new account (but a new confirmation
	 * link, or a mail saying that someone tried to sign up with it), and the answer takes
	 * as long, so that it never tells whether an address is known. The limits of the
	 * sign-up page apply, counted with it.
	 * @param email a valid address (see {@link #isValidEmail(String)})
	 * @param rawPassword must satisfy the password policy (see
	 * {@link #passwordProblem(String, String)})
	 * @param clientAddress where the request comes from, as
	 * {@link org.boussole.shared.ClientAddress} reads it
	 * @return the id of the new account, or empty when the address already had an account
	 * @throws SignUpLimitReached when too many sign-ups came from that client address or
	 * for that e-mail address; nothing is created nor sent then
	 */
	public Optional<UUID> signUp(String email, String displayName, String rawPassword, Locale locale,
			String clientAddress) {
		return registration.signUp(email, displayName, rawPassword, locale, clientAddress);
	}

	/**
	 * @return the message key (of the accounts bundle) of the first password rule that
	 * {@code rawPassword} breaks for that address, or empty if it is acceptable
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public Optional<String> passwordProblem(@org.jspecify.annotations.Nullable String rawPassword, String email) {
		return PasswordPolicy.check(rawPassword, UserAccount.normaliseEmail(email));
	}

	/**
	 * @return whether Boussole accepts that text as an e-mail address
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public boolean isValidEmail(@org.jspecify.annotations.Nullable String email) {
		return email != null && EmailAddress.isValid(email);
	}

	/**
	 * @return the language an account prefers ({@code fr} or {@code en}), {@code fr} for
	 * an unknown account
	 */
	@Transactional(readOnly = true)
	public String languageOf(UUID accountId) {
		return accounts.findById(accountId).map(account -> account.getLocale().getLanguage()).orElse("fr");
	}

	/**
	 * Turns two-factor authentication on with a known secret (demo data only, so that the
	 * README can give it).
	 */
	public void enableTotpWithSecret(UUID accountId, String secret) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		account.startTotpEnrolment(secret);
		account.enableTotp();
	}

	/**
	 * Invites a staff member: creates the account (status {@link AccountStatus#INVITED})
	 * and publishes {@link AccountEvents.StaffInvited} with a single-use link to set a
	 * password; setting it publishes {@link AccountEvents.InvitationAccepted}. An account
	 * that already exists receives nothing here, no role and no mail: the person must
	 * accept the invitation while signed in (see the module that invited them), and then
	 * receives the role through {@link #grantStaffRole}. An account still waiting for its
	 * first password gets the roles and a new link.
	 * @param email must be a valid address
	 * @param roles staff roles only (see {@link Role#STAFF})
	 * @param invitedBy the name of the administrator, shown in the e-mail
	 * @return the invited or existing account, never {@literal null}
	 * @throws IllegalArgumentException with a French message if the address, the name or
	 * the roles are not valid
	 */
	public AccountSummary invite(String email, String displayName, Set<Role> roles, Locale locale, String invitedBy) {
		if (email == null || !EmailAddress.isValid(email)) {
			throw new IllegalArgumentException("Adresse électronique non valable : " + email);
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > ProfileForm.MAX_NAME
				|| displayName.contains("<") || displayName.contains(">")) {
			throw new IllegalArgumentException(
					"Le nom doit compter de 1 à " + ProfileForm.MAX_NAME + " caractères, sans < ni >");
		}
		if (roles == null || roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
			throw new IllegalArgumentException(
					"Une invitation donne un ou plusieurs rôles de l'équipe, " + "jamais celui de bénéficiaire");
		}
		String normalised = UserAccount.normaliseEmail(email);
		UserAccount account = accounts.findByEmail(normalised).orElse(null);
		if (account == null) {
			account = accounts.save(UserAccount.invite(normalised, displayName, roles, locale, clock.instant()));
		}
		else if (account.getStatus() == AccountStatus.INVITED) {
			account.grant(roles);
		}
		else {
			return AccountSummary.of(account);
		}
		String link = site.link(RegistrationManagement.INVITATION_PATH + tokens.issue(account, Purpose.INVITATION));
		events.publishEvent(new AccountEvents.StaffInvited(account.getId(), account.getEmail(),
				account.getDisplayName(), account.getLocale().getLanguage(), link, account.getRoles(), invitedBy));
		return AccountSummary.of(account);
	}

	/**
	 * Gives a staff role to a person who accepted to join a team. Their sessions take it
	 * at their next request.
	 * @param role a staff role (see {@link Role#STAFF})
	 */
	public void grantStaffRole(UUID accountId, Role role) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		accounts.findById(accountId).orElseThrow().grant(Set.of(role));
		sessions.changed(accountId);
	}

	/**
	 * Takes a staff role away from a person who holds it in no team any more; a person
	 * left without any role keeps an account of beneficiary (they may still ask to be
	 * accompanied, download their data or close it).
	 */
	public void revokeStaffRole(UUID accountId, Role role) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		accounts.findById(accountId).ifPresent(account -> {
			account.revoke(role);
			sessions.changed(accountId);
		});
	}

	/**
	 * Ends every session of the account, on every node (within a few seconds on the
	 * others): the person must log in again.
	 */
	public void endSessions(UUID accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			account.endSessions();
			sessions.changed(accountId);
		});
	}

	/** Changes the name and preferred language of an account. */
	CurrentUser updateProfile(UUID accountId, String displayName, Locale locale) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		account.updateProfile(displayName, locale);
		return CurrentUser.of(account);
	}

	@Transactional(readOnly = true)
	Optional<UserAccount> findAccount(UUID id) {
		return accounts.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findById(UUID id) {
		return accounts.findById(id).map(AccountSummary::of);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(UserAccount.normaliseEmail(email)).map(AccountSummary::of);
	}

	@Transactional(readOnly = true)
	public List<AccountSummary> findAll(Collection<UUID> ids) {
		return accounts.findAllById(ids).stream().map(AccountSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

}
