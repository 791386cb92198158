package org.boussole.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as authenticator
 * apps produce them. A code is accepted one step early or late, and only once: the last
 * accepted step is kept on the account.
 */
@Service
@Transactional
class TwoFactorManagement {

	static final int PERIOD_SECONDS = 30;

	static final int DIGITS = 6;

	private static final String ISSUER = "Boussole";

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	TwoFactorManagement(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * @return a new random secret (Base32), to be confirmed with a code before it is kept
	 */
	String newSecret() {
		return new DefaultSecretGenerator().generate();
	}

	/**
	 * @return the QR code that authenticator apps scan, as a {@code data:} PNG address
	 */
	String qrCode(String secret, String email) {
		QrData data = new QrData.Builder().label(email)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("The QR code could not be drawn", ex);
		}
	}

	/**
	 * Turns two-factor authentication on if {@code code} matches the new secret. @return
	 * whether it did
	 */
	boolean enable(UUID accountId, String secret, @Nullable String code) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		long step = matchingStep(secret, code);
		if (step < 0) {
			return false;
		}
		account.startTotpEnrolment(secret);
		account.enableTotp();
		account.acceptTotpStep(step);
		return true;
	}

	/**
	 * Turns it off for a staff member who gave their password; never for a network
	 * administrator.
	 */
	boolean disable(UUID accountId, @Nullable String password) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		String hash = account.getPasswordHash();
		if (account.requiresTotp() || password == null || hash == null || !passwords.matches(password, hash)) {
			return false;
		}
		account.disableTotp();
		return true;
	}

	/**
	 * @return whether the code is right for that account and was not used before
	 */
	boolean verify(UUID accountId, @Nullable String code) {
		UserAccount account = accounts.findById(accountId).orElseThrow();
		String secret = account.getTotpSecret();
		if (!account.isTotpEnabled() || secret == null) {
			return false;
		}
		long step = matchingStep(secret, code);
		return step >= 0 && account.acceptTotpStep(step);
	}

	/**
	 * @return the time step (current, previous or next) whose code this is, or -1
	 */
	private long matchingStep(String secret, @Nullable String code) {
		String typed = code == null ? "" : code.replace(" ", "").strip();
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return -1;
		}
		long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(generate(secret, step), typed.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	private byte[] generate(String secret, long step) {
		try {
			return codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("The code could not be computed", ex);
		}
	}

}
