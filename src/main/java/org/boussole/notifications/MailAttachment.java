package org.boussole.notifications;

import org.springframework.util.Assert;

/**
 * A file attached to an e-mail, such as the {@code .ics} file of an event or an
 * appointment.
 *
 * @param fileName the name the recipient sees, e.g. {@code evenement.ics}; no line
 * breaks, no path
 * @param contentType its MIME type, e.g. {@code text/calendar; charset=UTF-8;
 * method=REQUEST}
 * @param content the bytes of the file, must not be {@literal null}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	/** Attachments are meant to be small: a calendar entry, a short document. */
	public static final int MAX_SIZE = 1024 * 1024;

	public MailAttachment {
		Assert.hasText(fileName, "An attachment needs a file name");
		Assert.isTrue(
				fileName.length() <= 200
						&& fileName.chars().noneMatch(c -> c == '\r' || c == '\n' || c == '/' || c == '\\'),
				"Not a plain file name: " + fileName);
		Assert.hasText(contentType, "An attachment needs a content type");
		Assert.isTrue(contentType.length() <= 200 && contentType.chars().noneMatch(c -> c == '\r' || c == '\n'),
				"Not a content type");
		Assert.isTrue(content.length <= MAX_SIZE, "An attachment may not exceed 1 MB");
	}

}
