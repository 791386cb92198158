package org.boussole.accompaniment.message;

/**
 * An attached file that may not be kept: the form shows why next to the file field.
 */
class FileRefused extends RuntimeException {

	private final String messageKey;

	private final String fileName;

	FileRefused(String messageKey, String fileName) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.fileName = fileName;
	}

	String messageKey() {
		return messageKey;
	}

	String fileName() {
		return fileName;
	}

}
