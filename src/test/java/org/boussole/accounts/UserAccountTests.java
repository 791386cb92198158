package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class UserAccountTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	@Test // #2
	void acceptsEachTwoFactorTimeStepOnlyOnce() {
		UserAccount account = UserAccount.invite("a@exemple.fr", "A", EnumSet.of(Role.EDITOR), Locale.FRENCH, now);
		assertThat(account.acceptTotpStep(100)).isTrue();
		assertThat(account.acceptTotpStep(100)).isFalse();
		assertThat(account.acceptTotpStep(99)).isFalse();
		assertThat(account.acceptTotpStep(101)).isTrue();
	}

	@Test // #2
	void anInvitedAccountBecomesActiveWithItsPassword() {
		UserAccount account = UserAccount.invite(" Bob@Exemple.FR ", "Bob", EnumSet.of(Role.COUNSELLOR), Locale.FRENCH,
				now);
		assertThat(account.getEmail()).isEqualTo("bob@exemple.fr");
		account.setPassword("{noop}x");
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test // #2
	void networkAdministratorsCannotDisableTwoFactor() {
		UserAccount account = UserAccount.invite("c@exemple.fr", "C", EnumSet.of(Role.NETWORK_ADMIN), Locale.FRENCH,
				now);
		account.startTotpEnrolment("JBSWY3DPEHPK3PXP");
		account.enableTotp();
		assertThatIllegalStateException().isThrownBy(account::disableTotp);
	}

}
