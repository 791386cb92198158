package org.boussole.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * What other modules may know of an account.
 *
 * @param id the account id
 * @param email the login address
 * @param displayName the name shown to other people; empty once the account is closed:
 * show {@link AccountNames#of(AccountSummary)} instead
 * @param roles the roles held
 * @param status where the account stands
 */
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles, AccountStatus status) {

	/**
	 * @return whether its owner closed the account (its name is erased)
	 */
	public boolean closed() {
		return status == AccountStatus.CLOSED;
	}

	static AccountSummary of(UserAccount account) {
		return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
				account.getStatus());
	}

}
