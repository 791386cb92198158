package org.boussole.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checked files kept in a folder of the data directory, each under a random name that
 * says nothing of the file or of the person, and never under a public address. A file
 * written in a transaction that is rolled back is removed again. Each module that keeps
 * files has its own folder.
 */
public class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private final Path directory;

	/**
	 * @param directory the folder of the data directory, created on the first file
	 */
	public FileStore(Path directory) {
		this.directory = directory;
	}

	/**
	 * @return the random name under which the file is kept
	 */
	public String store(CheckedFile file) {
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

	public Path path(String storedName) {
		// stored names are UUIDs that Boussole chose; parsing them again keeps any other
		// text out of the path
		return directory.resolve(UUID.fromString(storedName).toString());
	}

	public void delete(String storedName) {
		try {
			Files.deleteIfExists(path(storedName));
		}
		catch (IOException ex) {
			log.warn("Could not remove the stored file {}", storedName, ex);
		}
	}

	/**
	 * Removes the files once the current transaction is committed (at once when there is
	 * none), so that a rollback keeps them.
	 */
	public void deleteAfterCommit(java.util.Collection<String> storedNames) {
		java.util.List<String> names = java.util.List.copyOf(storedNames);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			names.forEach(this::delete);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				names.forEach(FileStore.this::delete);
			}
		});
	}

}
