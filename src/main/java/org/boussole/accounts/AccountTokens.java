package org.boussole.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;

/**
 * Issues and checks the single-use links of e-mails: 32 random bytes, URL-safe Base64 in
 * the link, only the SHA-256 hash stored. A new link for one purpose makes the older
 * unused ones of that account useless.
 */
@Component
@Transactional
class AccountTokens {

	/**
	 * A token as found from a link: its state and, when it is known, the account it
	 * belongs to.
	 */
	record Check(State state, @Nullable AccountToken token) {

		boolean valid() {
			return state == State.VALID;
		}

	}

	private static final int MAX_TOKEN_LENGTH = 100;

	private final SecureRandom random = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final AccountsSettings settings;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, AccountsSettings settings, Clock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the raw token to put in the link; it is not kept anywhere
	 */
	String issue(UserAccount account, Purpose purpose) {
		Instant now = clock.instant();
		tokens.findByUserIdAndPurposeAndUsedAtIsNull(account.getId(), purpose).forEach(old -> old.invalidate(now));
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		tokens.save(new AccountToken(account.getId(), purpose, hash(raw), now, now.plus(validity(purpose))));
		return raw;
	}

	/** Looks a token up without using it (to show the form that the link leads to). */
	@Transactional(readOnly = true)
	Check check(@Nullable String raw, Purpose purpose) {
		if (raw == null || raw.isBlank() || raw.length() > MAX_TOKEN_LENGTH) {
			return new Check(State.UNKNOWN, null);
		}
		Optional<AccountToken> token = tokens.findByTokenHash(hash(raw.strip())).filter(t -> t.getPurpose() == purpose);
		return token.map(t -> new Check(t.stateAt(clock.instant()), t)).orElseGet(() -> new Check(State.UNKNOWN, null));
	}

	/** Uses a valid token; the returned check says why not when it is not valid. */
	Check use(@Nullable String raw, Purpose purpose) {
		Check check = check(raw, purpose);
		if (check.valid() && check.token() != null) {
			AccountToken token = tokens.findById(check.token().getId()).orElseThrow();
			token.use(clock.instant());
			return new Check(State.VALID, token);
		}
		return check;
	}

	private Duration validity(Purpose purpose) {
		return switch (purpose) {
			case CONFIRM_EMAIL -> settings.verificationValidity();
			case RESET_PASSWORD -> settings.resetValidity();
			case INVITATION -> settings.invitationValidity();
			case UNLOCK_LOGIN -> settings.unlockValidity();
		};
	}

	static String hash(String raw) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
