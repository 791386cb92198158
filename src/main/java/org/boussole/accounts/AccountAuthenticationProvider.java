package org.boussole.accounts;

import java.time.Duration;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an e-mail address and password, throttled per account and origin
 * ({@link LoginThrottle}). Failures say the same thing whether the account exists or not;
 * only a person who gave the right password learns that their address is not confirmed
 * yet. With two-factor authentication on, the result only allows the code page.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	/**
	 * The only authority of a person who gave their password but not yet their two-factor
	 * code.
	 */
	static final String TOTP_PENDING = "TOTP_PENDING";

	// hashed once so that an unknown address costs as much time as a wrong password
	private final String dummyHash;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final LastLogin lastLogin;

	AccountAuthenticationProvider(UserAccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
			LastLogin lastLogin) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.lastLogin = lastLogin;
		this.dummyHash = passwords.encode("not a real password, only for timing");
	}

	@Override
	@Transactional(readOnly = true)
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = UserAccount.normaliseEmail(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		LoginOrigin origin = (authentication.getDetails() instanceof LoginOrigin details) ? details
				: LoginOrigin.of("unknown");
		Duration wait = throttle.waitFor(email, origin);
		if (!wait.isZero()) {
			throw new LoginThrottled(wait);
		}
		UserAccount account = accounts.findByEmail(email).orElse(null);
		String hash = (account == null || account.getPasswordHash() == null) ? null : account.getPasswordHash();
		boolean matches = passwords.matches(password, hash == null ? dummyHash : hash) && hash != null;
		if (!matches || account.getStatus() == AccountStatus.DISABLED || account.getStatus() == AccountStatus.INVITED
				|| account.getStatus() == AccountStatus.CLOSED) {
			throttle.recordFailure(email, origin);
			throw new BadCredentialsException("bad credentials");
		}
		if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
			throw new DisabledException("not confirmed");
		}
		throttle.recordSuccess(email, origin);
		lastLogin.record(account.getId());
		CurrentUser user = CurrentUser.of(account);
		if (user.totpEnabled()) {
			return UsernamePasswordAuthenticationToken.authenticated(user, null,
					List.of(new SimpleGrantedAuthority(TOTP_PENDING)));
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	/**
	 * @return whether this authentication still waits for the two-factor code
	 */
	static boolean isPending(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> TOTP_PENDING.equals(a.getAuthority()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
