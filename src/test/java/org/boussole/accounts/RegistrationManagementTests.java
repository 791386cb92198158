package org.boussole.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.boussole.shared.BoussoleSettings;
import org.boussole.shared.ClientAddress;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sign-up does the same work whether the address is new or already has an account, so
 * that its time tells nothing.
 */
class RegistrationManagementTests {

	static final String PASSWORD = "une phrase assez longue 42";

	final UserAccountRepository accounts = mock(UserAccountRepository.class);

	final AccountTokens tokens = mock(AccountTokens.class);

	final PasswordEncoder passwords = mock(PasswordEncoder.class);

	final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

	final RegistrationManagement registration = new RegistrationManagement(accounts, tokens, passwords, events,
			new BoussoleSettings(Path.of("data"), URI.create("https://boussole.example.org"), false), clock,
			new MailRequestThrottle(LoginThrottleTests.settings(), new ClientAddress("none")));

	RegistrationManagementTests() {
		when(passwords.encode(anyString())).thenReturn("{argon2}hash");
		when(accounts.save(any(UserAccount.class))).thenAnswer(invocation -> invocation.getArgument(0));
		when(tokens.issue(any(), any())).thenReturn("jeton");
	}

	@Test
	void aNewAddressHashesThePasswordCreatesTheAccountAndSendsTheLink() {
		when(accounts.findByEmail("nouvelle@exemple.fr")).thenReturn(Optional.empty());
		assertThat(registration.signUp("Nouvelle@Exemple.fr", "Nouvelle", PASSWORD, Locale.FRENCH, "192.0.2.1"))
			.isPresent();
		verify(passwords, times(1)).encode(PASSWORD);
		verify(accounts).save(any(UserAccount.class));
		verify(events).publishEvent(any(AccountEvents.EmailConfirmationRequested.class));
	}

	@Test
	void anActiveAccountsAddressHashesThePasswordTooAndTellsTheOwner() {
		UserAccount existing = UserAccount.invite("connue@exemple.fr", "Connue", java.util.Set.of(Role.BENEFICIARY),
				Locale.FRENCH, clock.instant());
		existing.setPassword("{argon2}ancien");
		when(accounts.findByEmail("connue@exemple.fr")).thenReturn(Optional.of(existing));

		assertThat(registration.signUp("connue@exemple.fr", "Autre", PASSWORD, Locale.FRENCH, "192.0.2.2")).isEmpty();
		verify(passwords, times(1)).encode(PASSWORD);
		verify(accounts, never()).save(any());
		ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
		verify(events).publishEvent(event.capture());
		assertThat(event.getValue())
			.isEqualTo(new AccountEvents.SignUpWithTakenAddress(existing.getId(), "connue@exemple.fr", "Connue", "fr"));
		assertThat(existing.getPasswordHash()).isEqualTo("{argon2}ancien");
	}

	@Test
	void aPendingAccountsAddressHashesThePasswordTooAndGetsANewLink() {
		UserAccount pending = UserAccount.signUp("attente@exemple.fr", "Attente", "{argon2}ancien", Locale.FRENCH,
				clock.instant());
		when(accounts.findByEmail("attente@exemple.fr")).thenReturn(Optional.of(pending));

		assertThat(registration.signUp("attente@exemple.fr", "Autre", PASSWORD, Locale.FRENCH, "192.0.2.3")).isEmpty();
		verify(passwords, times(1)).encode(PASSWORD);
		verify(tokens).issue(pending, AccountToken.Purpose.CONFIRM_EMAIL);
		verify(events).publishEvent(any(AccountEvents.EmailConfirmationRequested.class));
	}

	@Test
	void beyondTheLimitOfAnAddressNothingIsDone() {
		when(accounts.findByEmail(anyString())).thenReturn(Optional.empty());
		for (int i = 0; i < 10; i++) {
			registration.signUp("serie" + i + "@exemple.fr", "Série", PASSWORD, Locale.FRENCH, "192.0.2.4");
		}
		assertThatExceptionOfType(SignUpLimitReached.class)
			.isThrownBy(() -> registration.signUp("de-trop@exemple.fr", "Série", PASSWORD, Locale.FRENCH, "192.0.2.4"));
		verify(passwords, times(10)).encode(PASSWORD);
		verify(accounts, never()).findByEmail(eq("de-trop@exemple.fr"));
	}

}
