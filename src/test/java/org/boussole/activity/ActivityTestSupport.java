package org.boussole.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh people for the tests of the activities. */
final class ActivityTestSupport {

	static final String PASSWORD = "Une phrase de passe assez longue 42";

	private ActivityTestSupport() {
	}

	static CurrentUser newAccount(AccountManagement accounts, String kind, Role... roles) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return user(accounts.createActiveAccount(kind + "-" + id + "@activity.test", kind + " " + id,
				EnumSet.of(roles[0], roles), PASSWORD));
	}

	static CurrentUser user(AccountSummary account) {
		return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

}
