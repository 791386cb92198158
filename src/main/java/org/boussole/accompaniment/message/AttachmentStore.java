package org.boussole.accompaniment.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.boussole.shared.BoussoleSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files attached to messages, under {@code <data-dir>/attachments/}, each under a
 * random name that says nothing of the file or of the person. A file written in a
 * transaction that is rolled back is removed again.
 */
@Component
class AttachmentStore {

	private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

	private final Path directory;

	AttachmentStore(BoussoleSettings settings) {
		this.directory = settings.resolve("attachments");
	}

	/**
	 * @return the random name under which the file is kept
	 */
	String store(CheckedFile file) {
		String storedName = UUID.randomUUID().toString();
		Path target = path(storedName);
		try {
			Files.createDirectories(directory);
			try (InputStream in = file.content().getInputStream()) {
				Files.copy(in, target);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(storedName);
					}
				}
			});
		}
		return storedName;
	}

	Path path(String storedName) {
		// stored names are UUIDs that Boussole chose; parsing them again keeps any other
		// text out of the path
		return directory.resolve(UUID.fromString(storedName).toString());
	}

	void delete(String storedName) {
		try {
			Files.deleteIfExists(path(storedName));
		}
		catch (IOException ex) {
			log.warn("Could not remove the attachment {}", storedName, ex);
		}
	}

}
