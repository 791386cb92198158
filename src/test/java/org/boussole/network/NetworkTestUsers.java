package org.boussole.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People acting in the tests, logged in without going through the login pages (and its
 * two-factor step).
 */
final class NetworkTestUsers {

	private NetworkTestUsers() {
	}

	static CurrentUser person(Role role) {
		UUID id = UUID.randomUUID();
		return new CurrentUser(id, "test-" + id + "@network.test", "Test " + role, EnumSet.of(role), true);
	}

	static CurrentUser networkAdmin() {
		return person(Role.NETWORK_ADMIN);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

}
