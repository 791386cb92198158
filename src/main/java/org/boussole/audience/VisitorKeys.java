package org.boussole.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns what identifies a visitor (in logs, the IP address and the User-Agent) into a key
 * of 16 bytes with HMAC-SHA-256 and a secret kept in the data directory, so that the
 * store never holds an IP address, and a key cannot be traced back to one without the
 * secret (the IPv4 space is small enough to try every address against a plain hash). The
 * secret is created on first use; losing it only means that later keys no longer match
 * earlier ones.
 */
final class VisitorKeys {

	static final int LENGTH = 16;

	private final SecretKeySpec secret;

	private final ThreadLocal<Mac> macs;

	VisitorKeys(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("the visitor-key secret must hold at least 32 bytes");
		}
		this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * Reads the secret from {@code file}, creating it (readable by its owner only) when
	 * it does not exist yet.
	 */
	static VisitorKeys fromSecretFile(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				try {
					Files.write(file, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					restrict(file);
				}
				catch (FileAlreadyExistsException ex) {
					// another process created it first: use theirs
				}
			}
			return new VisitorKeys(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the visitor-key secret " + file, ex);
		}
	}

	/**
	 * @return the key of the visitor that these identifying parts describe
	 */
	byte[] key(String... parts) {
		Mac mac = macs.get();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				mac.update((byte) 0);
			}
			mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
		}
		return Arrays.copyOf(mac.doFinal(), LENGTH);
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: the data directory's own permissions apply
		}
	}

}
