package org.boussole.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * What happens to accounts that other modules react to (the notifications module sends
 * the e-mails). Links carry a single-use token; only its hash is stored by the accounts
 * module.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/**
	 * A person signed up (or asked for a new link) and must confirm their address by
	 * opening {@code link}.
	 */
	public record EmailConfirmationRequested(UUID accountId, String email, String displayName, String language,
			String link) {
	}

	/**
	 * Someone tried to sign up with the address of an existing account: its owner is
	 * told, and nothing else happens.
	 */
	public record SignUpWithTakenAddress(UUID accountId, String email, String displayName, String language) {
	}

	/**
	 * A person asked to reset a forgotten password; {@code link} leads to the form that
	 * sets a new one.
	 */
	public record PasswordResetRequested(UUID accountId, String email, String displayName, String language,
			String link) {
	}

	/**
	 * An administrator invited a staff member, who sets their own password by opening
	 * {@code link}.
	 */
	public record StaffInvited(UUID accountId, String email, String displayName, String language, String link,
			Set<Role> roles, String invitedBy) {
	}

	/**
	 * An invited staff member set their first password: they accepted the invitations
	 * that were waiting for their new account.
	 */
	public record InvitationAccepted(UUID accountId) {
	}

	/**
	 * Someone asked to unlock logins to an account that was being slowed down by failed
	 * attempts; {@code link} unlocks them in the browser that opens it.
	 */
	public record LoginUnlockRequested(UUID accountId, String email, String displayName, String language, String link) {
	}

	/** A password was changed or reset: the owner is told, in case it was not them. */
	public record PasswordChanged(UUID accountId, String email, String displayName, String language) {
	}

}
