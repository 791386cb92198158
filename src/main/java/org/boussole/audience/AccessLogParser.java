package org.boussole.audience;

import org.jspecify.annotations.Nullable;

/**
 * Reads one line of an Apache or Nginx access log, in place, without regular expressions:
 * it records the offsets of the fields in the line's bytes in a reused {@link LogEntry},
 * checks the structure strictly and tells why a line cannot be read. Quotes inside quoted
 * fields are escaped with a backslash, as both servers write them.
 */
final class AccessLogParser {

	private final LogFormat format;

	private final LogTimestamps timestamps = new LogTimestamps();

	AccessLogParser(LogFormat format) {
		this.format = format;
	}

	/**
	 * @param b the bytes of the line, without its line break
	 * @param start where the line starts in {@code b}
	 * @param end where it ends (exclusive)
	 * @param entry receives the fields when the line is readable
	 * @return {@literal null} when the line was read, otherwise why it could not be
	 */
	@Nullable LineProblem parse(byte[] b, int start, int end, LogEntry entry) {
		for (int i = start; i < end; i++) {
			int c = b[i] & 0xff;
			if ((c < 0x20 && c != '\t') || c == 0x7f) {
				return LineProblem.BINARY;
			}
		}
		entry.line = b;
		entry.lineStart = start;
		entry.lineEnd = end;
		// %h %l %u
		int p = start;
		int hostEnd = token(b, p, end);
		if (hostEnd == p || hostEnd >= end) {
			return LineProblem.FORMAT;
		}
		entry.hostStart = p;
		entry.hostEnd = hostEnd;
		p = token(b, hostEnd + 1, end);
		if (p >= end || p == hostEnd + 1) {
			return LineProblem.FORMAT;
		}
		int userStart = p + 1;
		p = token(b, userStart, end);
		if (p >= end || p == userStart) {
			return LineProblem.FORMAT;
		}
		// [10/Oct/2000:13:55:36 -0700]
		p++;
		if (p + LogTimestamps.LENGTH + 2 > end || b[p] != '[' || b[p + LogTimestamps.LENGTH + 1] != ']') {
			return LineProblem.FORMAT;
		}
		long epoch = timestamps.parse(b, p + 1);
		if (epoch == LogTimestamps.BAD_SHAPE) {
			return LineProblem.FORMAT;
		}
		if (epoch == LogTimestamps.IMPOSSIBLE) {
			return LineProblem.DATE;
		}
		entry.epochSecond = epoch;
		p += LogTimestamps.LENGTH + 2;
		// "request"
		if (p + 1 >= end || b[p] != ' ' || b[p + 1] != '"') {
			return LineProblem.FORMAT;
		}
		int requestStart = p + 2;
		int requestEnd = closingQuote(b, requestStart, end);
		if (requestEnd < 0) {
			return LineProblem.FORMAT;
		}
		request(b, requestStart, requestEnd, entry);
		p = requestEnd + 1;
		// status and size
		if (p + 4 >= end || b[p] != ' ') {
			return LineProblem.FORMAT;
		}
		int status = digits3(b, p + 1);
		if (status < 100 || status > 599 || b[p + 4] != ' ') {
			return LineProblem.FORMAT;
		}
		entry.status = status;
		p += 5;
		int sizeEnd = token(b, p, end);
		if (sizeEnd == p || !isSize(b, p, sizeEnd)) {
			return LineProblem.FORMAT;
		}
		p = sizeEnd;
		entry.userAgentStart = -1;
		entry.userAgentEnd = -1;
		if (format == LogFormat.COMBINED) {
			// "referer" "user agent"
			if (p + 1 >= end || b[p] != ' ' || b[p + 1] != '"') {
				return LineProblem.FORMAT;
			}
			int refererEnd = closingQuote(b, p + 2, end);
			if (refererEnd < 0 || refererEnd + 2 >= end || b[refererEnd + 1] != ' ' || b[refererEnd + 2] != '"') {
				return LineProblem.FORMAT;
			}
			int agentStart = refererEnd + 3;
			int agentEnd = closingQuote(b, agentStart, end);
			if (agentEnd < 0) {
				return LineProblem.FORMAT;
			}
			entry.userAgentStart = agentStart;
			entry.userAgentEnd = agentEnd;
			p = agentEnd + 1;
		}
		// servers often append fields (request time, forwarded-for...): they are allowed
		// and ignored
		if (p < end && b[p] != ' ') {
			return LineProblem.FORMAT;
		}
		return null;
	}

	private static void request(byte[] b, int start, int end, LogEntry entry) {
		int methodEnd = start;
		while (methodEnd < end && b[methodEnd] != ' ') {
			methodEnd++;
		}
		entry.get = methodEnd - start == 3 && b[start] == 'G' && b[start + 1] == 'E' && b[start + 2] == 'T';
		int targetStart = Math.min(methodEnd + 1, end);
		int targetEnd = targetStart;
		while (targetEnd < end && b[targetEnd] != ' ') {
			targetEnd++;
		}
		// absolute form (http://host/path), as sent to proxies
		int slash = targetStart;
		if (targetEnd - targetStart > 8 && b[targetStart] == 'h' && b[targetStart + 1] == 't'
				&& b[targetStart + 2] == 't' && b[targetStart + 3] == 'p') {
			int schemeEnd = indexOf(b, targetStart, targetEnd, (byte) ':');
			if (schemeEnd > 0 && schemeEnd + 2 < targetEnd && b[schemeEnd + 1] == '/' && b[schemeEnd + 2] == '/') {
				int pathStart = indexOf(b, schemeEnd + 3, targetEnd, (byte) '/');
				slash = pathStart < 0 ? targetEnd : pathStart;
			}
		}
		entry.pathStart = slash;
		int queryMark = slash;
		while (queryMark < targetEnd && b[queryMark] != '?' && b[queryMark] != '#') {
			queryMark++;
		}
		entry.pathEnd = queryMark;
		if (queryMark < targetEnd && b[queryMark] == '?') {
			int fragment = indexOf(b, queryMark + 1, targetEnd, (byte) '#');
			entry.queryStart = queryMark + 1;
			entry.queryEnd = fragment < 0 ? targetEnd : fragment;
		}
		else {
			entry.queryStart = queryMark;
			entry.queryEnd = queryMark;
		}
		entry.validTarget = slash < targetEnd && b[slash] == '/';
	}

	/**
	 * @return the index of the first space at or after {@code p}, or {@code end}
	 */
	private static int token(byte[] b, int p, int end) {
		while (p < end && b[p] != ' ') {
			p++;
		}
		return p;
	}

	/**
	 * @return the index of the quote that closes a quoted field starting at {@code p}, or
	 * -1
	 */
	private static int closingQuote(byte[] b, int p, int end) {
		while (p < end) {
			byte c = b[p];
			if (c == '\\') {
				p += 2;
			}
			else if (c == '"') {
				return p;
			}
			else {
				p++;
			}
		}
		return -1;
	}

	private static int indexOf(byte[] b, int p, int end, byte wanted) {
		for (int i = p; i < end; i++) {
			if (b[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static int digits3(byte[] b, int p) {
		int d0 = b[p] - '0';
		int d1 = b[p + 1] - '0';
		int d2 = b[p + 2] - '0';
		if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
			return -1;
		}
		return d0 * 100 + d1 * 10 + d2;
	}

	private static boolean isSize(byte[] b, int p, int end) {
		if (end - p == 1 && b[p] == '-') {
			return true;
		}
		for (int i = p; i < end; i++) {
			if (b[i] < '0' || b[i] > '9') {
				return false;
			}
		}
		return true;
	}

}
