package org.boussole.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module.
 *
 * @param loginAttemptsPerAccount failed logins allowed for one address within
 * {@code loginWindow}
 * @param loginAttemptsPerAddress failed logins allowed from one IP address within
 * {@code loginWindow}
 * @param loginWindow the period over which failed logins are counted
 * @param verificationValidity how long an address confirmation link works
 * @param resetValidity how long a password reset link works
 * @param invitationValidity how long a staff invitation link works
 * @param mailRequestsPerAccount e-mails (new confirmation link, password reset) that may
 * be asked for one address within {@code mailRequestWindow}
 * @param mailRequestsPerAddress such requests allowed from one IP address within
 * {@code mailRequestWindow}
 * @param mailRequestWindow the period over which such requests are counted
 */
@ConfigurationProperties("boussole.accounts")
record AccountsSettings(@DefaultValue("5") int loginAttemptsPerAccount, @DefaultValue("20") int loginAttemptsPerAddress,
		@DefaultValue("15m") Duration loginWindow, @DefaultValue("48h") Duration verificationValidity,
		@DefaultValue("1h") Duration resetValidity, @DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("3") int mailRequestsPerAccount, @DefaultValue("10") int mailRequestsPerAddress,
		@DefaultValue("1h") Duration mailRequestWindow) {
}
