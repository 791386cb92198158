package org.boussole.audience;

import java.nio.charset.StandardCharsets;

/**
 * The fields of the access-log line last read by {@link AccessLogParser}, as offsets into
 * the line's bytes. One instance is reused for every line of a file, so that reading
 * allocates nothing until a line turns out to be a page view.
 */
final class LogEntry {

	byte[] line = new byte[0];

	int lineStart;

	int lineEnd;

	int hostStart;

	int hostEnd;

	long epochSecond;

	boolean get;

	boolean validTarget;

	int pathStart;

	int pathEnd;

	int queryStart;

	int queryEnd;

	int status;

	/** -1 in the common format, which has no User-Agent. */
	int userAgentStart = -1;

	int userAgentEnd = -1;

	String host() {
		return new String(line, hostStart, hostEnd - hostStart, StandardCharsets.ISO_8859_1);
	}

	/**
	 * @return the User-Agent as written in the log, empty in the common format
	 */
	String userAgent() {
		return userAgentStart < 0 ? ""
				: new String(line, userAgentStart, userAgentEnd - userAgentStart, StandardCharsets.ISO_8859_1);
	}

	boolean hasUserAgentField() {
		return userAgentStart >= 0;
	}

	/**
	 * @return the path of the request (no query string), decoded from UTF-8, at most
	 * {@code max} characters
	 */
	String path(int max) {
		String path = new String(line, pathStart, pathEnd - pathStart, StandardCharsets.UTF_8);
		return path.length() > max ? path.substring(0, max) : path;
	}

}
