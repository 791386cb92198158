package org.boussole.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who can log in to Boussole. The e-mail address is the login, stored in lower
 * case.
 */
@Entity
@Table(name = "user_account", schema = "accounts")
public class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	// null once the account is closed: the name shown then comes from the message bundles
	private @Nullable String displayName;

	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	// loaded for all the accounts of a query at once: a page listing 300 people runs one
	// query for their roles, not 300
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "user_role", schema = "accounts", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(nullable = false)
	private String locale;

	private @Nullable String totpSecret;

	private boolean totpEnabled;

	private @Nullable Long totpLastStep;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant lastLoginAt;

	private @Nullable Instant closedAt;

	@Column(nullable = false)
	private int sessionGeneration;

	@Version
	private long version;

	protected UserAccount() {
	}

	private UserAccount(String email, String displayName, AccountStatus status, Set<Role> roles, Locale locale,
			Instant now) {
		this.id = UUID.randomUUID();
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
		this.status = status;
		this.roles = EnumSet.copyOf(roles);
		this.locale = locale.getLanguage();
		this.createdAt = now;
	}

	/** A beneficiary who signed up and must confirm their address. */
	static UserAccount signUp(String email, String displayName, String passwordHash, Locale locale, Instant now) {
		UserAccount account = new UserAccount(email, displayName, AccountStatus.PENDING_VERIFICATION,
				EnumSet.of(Role.BENEFICIARY), locale, now);
		account.passwordHash = passwordHash;
		return account;
	}

	/** A staff member invited by an administrator, who will set their own password. */
	static UserAccount invite(String email, String displayName, Set<Role> roles, Locale locale, Instant now) {
		Assert.isTrue(!roles.isEmpty(), "An invited account needs a role");
		return new UserAccount(email, displayName, AccountStatus.INVITED, roles, locale, now);
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void confirmEmail() {
		Assert.state(status == AccountStatus.PENDING_VERIFICATION || status == AccountStatus.ACTIVE,
				"Only a pending account can be confirmed");
		status = AccountStatus.ACTIVE;
	}

	/** Sets the password chosen by the person; an invited account becomes active. */
	void setPassword(String newHash) {
		Assert.state(status != AccountStatus.DISABLED && status != AccountStatus.CLOSED,
				"A disabled or closed account cannot change its password");
		passwordHash = newHash;
		if (status == AccountStatus.INVITED) {
			status = AccountStatus.ACTIVE;
		}
	}

	void updateProfile(String displayName, Locale locale) {
		this.displayName = displayName.strip();
		this.locale = locale.getLanguage();
	}

	/**
	 * Ends every session opened so far: they carry an older generation and end at their
	 * next request.
	 * @return the new generation, for a session that must go on
	 */
	int endSessions() {
		return ++sessionGeneration;
	}

	int getSessionGeneration() {
		return sessionGeneration;
	}

	/**
	 * Takes a role away (a staff member who left their last structure of that role); an
	 * account left without any role is a beneficiary's.
	 */
	void revoke(Role role) {
		roles.remove(role);
		if (roles.isEmpty()) {
			roles.add(Role.BENEFICIARY);
		}
	}

	void grant(Set<Role> more) {
		roles.addAll(more);
	}

	void startTotpEnrolment(String secret) {
		totpSecret = secret;
		totpEnabled = false;
	}

	void enableTotp() {
		Assert.state(totpSecret != null, "No secret to enable");
		totpEnabled = true;
	}

	/**
	 * Records the time step of an accepted two-factor code.
	 * @return {@code false} if a code of that step (or a later one) was already accepted:
	 * a replay
	 */
	boolean acceptTotpStep(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	void disableTotp() {
		Assert.state(!roles.contains(Role.NETWORK_ADMIN), "Network administrators must keep two-factor authentication");
		totpEnabled = false;
		totpSecret = null;
	}

	void disable() {
		status = AccountStatus.DISABLED;
	}

	/**
	 * Closes the account at its owner's request and keeps nothing of the person: the name
	 * is erased (pages show « Compte fermé » or "Closed account" from the message
	 * bundles, see {@link AccountNames}), the address becomes a unique, non-routable
	 * placeholder (so that the real one can sign up again), the password and second
	 * factor are cleared. The roles stay, for the figures. Irreversible.
	 * @throws IllegalStateException if the account is already closed
	 */
	void close(Instant now) {
		Assert.state(status != AccountStatus.CLOSED, "Already closed");
		email = "ferme-" + id + "@invalid";
		displayName = null;
		passwordHash = null;
		totpSecret = null;
		totpEnabled = false;
		totpLastStep = null;
		lastLoginAt = null;
		status = AccountStatus.CLOSED;
		closedAt = now;
	}

	void recordLogin(Instant now) {
		lastLoginAt = now;
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	/**
	 * @return whether this account must have two-factor authentication before using the
	 * site
	 */
	public boolean requiresTotp() {
		return roles.contains(Role.NETWORK_ADMIN);
	}

	public UUID getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	/**
	 * @return the person's name, empty once the account is closed (the name to show is
	 * then given by {@link AccountNames})
	 */
	public String getDisplayName() {
		return (displayName == null) ? "" : displayName;
	}

	/**
	 * @return whether the account was closed by its owner
	 */
	public boolean isClosed() {
		return status == AccountStatus.CLOSED;
	}

	@Nullable String getPasswordHash() {
		return passwordHash;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(locale);
	}

	@Nullable String getTotpSecret() {
		return totpSecret;
	}

	public boolean isTotpEnabled() {
		return totpEnabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

}
