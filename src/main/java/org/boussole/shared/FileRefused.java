package org.boussole.shared;

/**
 * An uploaded file that may not be kept: the form shows why next to the file field.
 */
public class FileRefused extends RuntimeException {

	private final String messageKey;

	private final String fileName;

	public FileRefused(String messageKey, String fileName) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.fileName = fileName;
	}

	public String messageKey() {
		return messageKey;
	}

	public String fileName() {
		return fileName;
	}

}
