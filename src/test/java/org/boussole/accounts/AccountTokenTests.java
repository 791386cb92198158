package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.boussole.accounts.AccountToken.Purpose;
import org.boussole.accounts.AccountToken.State;

class AccountTokenTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final AccountToken token = new AccountToken(UUID.randomUUID(), Purpose.RESET_PASSWORD,
			AccountTokens.hash("secret"), now, now.plus(Duration.ofHours(1)));

	@Test // #2
	void isValidUntilItExpires() {
		assertThat(token.stateAt(now.plusSeconds(3599))).isEqualTo(State.VALID);
		assertThat(token.stateAt(now.plusSeconds(3600))).isEqualTo(State.EXPIRED);
	}

	@Test // #2
	void servesOnlyOnce() {
		token.use(now);
		assertThat(token.stateAt(now)).isEqualTo(State.USED);
		assertThatIllegalStateException().isThrownBy(() -> token.use(now));
	}

	@Test // #2
	void cannotBeUsedOnceExpiredOrInvalidated() {
		assertThatIllegalStateException().isThrownBy(() -> token.use(now.plus(Duration.ofHours(2))));
		token.invalidate(now);
		assertThat(token.stateAt(now)).isEqualTo(State.USED);
	}

	@Test // #2
	void keepsOnlyTheSha256HexOfTheToken() {
		assertThat(AccountTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
