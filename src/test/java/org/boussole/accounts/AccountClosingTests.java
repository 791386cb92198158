package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AccountClosingTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	@Test // #5
	void aClosedAccountKeepsNothingOfThePersonButItsRoles() {
		UserAccount account = UserAccount.signUp("Lea@Exemple.fr", "Léa Petit", "{noop}x", Locale.FRENCH, now);
		account.confirmEmail();
		account.recordLogin(now);

		account.close(now.plusSeconds(60));

		assertThat(account.getEmail()).isEqualTo("ferme-" + account.getId() + "@invalid");
		// no display text is stored for a closed account: the pages take it from the
		// bundles
		assertThat(account.getDisplayName()).isEmpty();
		assertThat(account.isClosed()).isTrue();
		assertThat(account.getPasswordHash()).isNull();
		assertThat(account.getLastLoginAt()).isNull();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.CLOSED);
		assertThat(account.getClosedAt()).isEqualTo(now.plusSeconds(60));
		assertThat(account.getRoles()).containsExactly(Role.BENEFICIARY);
		assertThatIllegalStateException().isThrownBy(() -> account.close(now));
		assertThatIllegalStateException().isThrownBy(() -> account.setPassword("{noop}y"));
	}

}
