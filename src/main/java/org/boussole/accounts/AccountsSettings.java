package org.boussole.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module.
 *
 * @param loginAttemptsPerAccount failed logins on one account, from anywhere, within
 * {@code loginWindow} after which every origin waits from its first failure (the owner is
 * never locked out: an origin without failures still logs in)
 * @param loginAttemptsPerAddress failed logins allowed from one IP address, whatever the
 * accounts tried, within {@code loginWindow}
 * @param loginWindow the period over which failed logins are counted
 * @param loginFailuresBeforeDelay failed logins on one account from one origin before
 * each further attempt from there waits
 * @param loginFirstDelay the first wait, doubled after each further failure
 * @param loginMaxDelay the longest wait between two attempts from one origin
 * @param verificationValidity how long an address confirmation link works
 * @param resetValidity how long a password reset link works
 * @param invitationValidity how long a staff invitation link works
 * @param unlockValidity how long a login unlock link works
 * @param unlockedBrowserKeep how long a browser unlocked by such a link is counted on its
 * own for that account
 * @param mailRequestsPerAccount e-mails (new confirmation link, password reset, login
 * unlock, sign-up) that may be asked for one address within {@code mailRequestWindow}
 * @param mailRequestsPerAddress such requests allowed from one IP address within
 * {@code mailRequestWindow}
 * @param mailRequestWindow the period over which such requests are counted
 */
@ConfigurationProperties("boussole.accounts")
record AccountsSettings(@DefaultValue("10") int loginAttemptsPerAccount,
		@DefaultValue("20") int loginAttemptsPerAddress, @DefaultValue("15m") Duration loginWindow,
		@DefaultValue("3") int loginFailuresBeforeDelay, @DefaultValue("1s") Duration loginFirstDelay,
		@DefaultValue("5m") Duration loginMaxDelay, @DefaultValue("48h") Duration verificationValidity,
		@DefaultValue("1h") Duration resetValidity, @DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("1h") Duration unlockValidity, @DefaultValue("7d") Duration unlockedBrowserKeep,
		@DefaultValue("3") int mailRequestsPerAccount, @DefaultValue("10") int mailRequestsPerAddress,
		@DefaultValue("1h") Duration mailRequestWindow) {
}
