package org.boussole.accounts;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The person behind the current request, as kept in the session. Handlers of every module
 * receive it with {@code @AuthenticationPrincipal CurrentUser user} and check object by
 * object what that person may see.
 *
 * @param id the account id
 * @param email the login
 * @param displayName the name shown in the header and to other people
 * @param roles the roles held
 * @param totpEnabled whether two-factor authentication is on for this account
 * @param sessionGeneration the account's session generation when this session began: a
 * session of an older generation has been ended (see {@link AccountSessions})
 */
public record CurrentUser(UUID id, String email, String displayName, Set<Role> roles, boolean totpEnabled,
		int sessionGeneration) implements Serializable {

	/** A person of an account whose sessions were never ended. */
	public CurrentUser(UUID id, String email, String displayName, Set<Role> roles, boolean totpEnabled) {
		this(id, email, displayName, roles, totpEnabled, 0);
	}

	static CurrentUser of(UserAccount account) {
		return new CurrentUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
				account.isTotpEnabled(), account.getSessionGeneration());
	}

	/**
	 * @return the same person with the roles their account holds now
	 */
	CurrentUser withRoles(Set<Role> current) {
		return new CurrentUser(id, email, displayName, Set.copyOf(current), totpEnabled, sessionGeneration);
	}

	/**
	 * @return the same person in a session that goes on past an end of the others
	 */
	CurrentUser withSessionGeneration(int generation) {
		return new CurrentUser(id, email, displayName, roles, totpEnabled, generation);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * @return whether this person must set up two-factor authentication before going
	 * further
	 */
	public boolean mustEnrolTotp() {
		return roles.contains(Role.NETWORK_ADMIN) && !totpEnabled;
	}

	Collection<GrantedAuthority> authorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
	}

}
