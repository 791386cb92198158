package org.boussole.audience;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Reads an access log from a stream and hands each page view of DESIGN.md §5 to a
 * consumer: page requests (see {@link PageViewRules}) that no crawler made. Lines it
 * cannot read are counted with their numbers; nothing stops it. Memory stays bounded: one
 * line buffer, and caches that are emptied when they grow too big.
 */
final class AccessLogReader {

	/** Lines longer than this are skipped as too long (real log lines stay far below). */
	static final int MAX_LINE_LENGTH = 64 * 1024;

	static final int MAX_PATH_LENGTH = 500;

	private static final int MAX_CACHED_VISITORS = 50_000;

	private final AccessLogParser parser;

	private final PageViewRules rules;

	private final UserAgents userAgents;

	private final VisitorKeys visitorKeys;

	private final int maxReportedLines;

	private final Map<String, byte[]> visitorCache = new HashMap<>();

	/**
	 * Identical lines of the same second are distinct page views (a reload): they are
	 * numbered to keep both.
	 */
	private final Map<Hash, Integer> sameSecond = new HashMap<>();

	private long currentSecond = Long.MIN_VALUE;

	private byte[] scratch = new byte[1024];

	AccessLogReader(LogFormat format, PageViewRules rules, UserAgents userAgents, VisitorKeys visitorKeys,
			int maxReportedLines) {
		this.parser = new AccessLogParser(format);
		this.rules = rules;
		this.userAgents = userAgents;
		this.visitorKeys = visitorKeys;
		this.maxReportedLines = maxReportedLines;
	}

	LogReadCounts read(InputStream in, Consumer<PageView> pageViews) {
		LogReadCounts counts = new LogReadCounts(maxReportedLines);
		LineReader lines = new LineReader(in, MAX_LINE_LENGTH);
		LogEntry entry = new LogEntry();
		LineReader.Status status;
		while ((status = lines.next()) != null) {
			counts.lines++;
			if (status == LineReader.Status.TOO_LONG) {
				counts.unreadable(lines.lineNumber(), LineProblem.TOO_LONG);
				continue;
			}
			if (status == LineReader.Status.CUT_SHORT) {
				counts.unreadable(lines.lineNumber(), LineProblem.CUT_SHORT);
				continue;
			}
			if (lines.start() == lines.end()) {
				counts.lines--; // blank lines are no lines of the log
				continue;
			}
			LineProblem problem = parser.parse(lines.buffer(), lines.start(), lines.end(), entry);
			if (problem != null) {
				counts.unreadable(lines.lineNumber(), problem);
			}
			else {
				PageView view = pageView(entry, counts);
				if (view != null) {
					counts.pageViews++;
					pageViews.accept(view);
				}
			}
		}
		java.io.IOException failure = lines.failure();
		if (failure != null) {
			counts.cutShort = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		}
		return counts;
	}

	private @Nullable PageView pageView(LogEntry entry, LogReadCounts counts) {
		if (!rules.isPageRequest(entry)) {
			counts.otherRequests++;
			return null;
		}
		String userAgent = entry.userAgent();
		Device device = entry.hasUserAgentField() ? userAgents.deviceOf(userAgent) : Device.DESKTOP;
		if (device == null) {
			counts.crawlers++;
			return null;
		}
		byte[] visitor = visitorKey(entry.host(), userAgent);
		return new PageView(visitor, entry.epochSecond, entry.path(MAX_PATH_LENGTH), rules.isSearch(entry), device,
				dedupKey(entry, visitor));
	}

	private byte[] visitorKey(String host, String userAgent) {
		String identity = host + '\n' + userAgent;
		byte[] key = visitorCache.get(identity);
		if (key == null) {
			if (visitorCache.size() >= MAX_CACHED_VISITORS) {
				visitorCache.clear();
			}
			key = visitorKeys.key(host, userAgent);
			visitorCache.put(identity, key);
		}
		return key;
	}

	/**
	 * The hash of the visitor key, the line without its IP address, and its number among
	 * identical lines.
	 */
	private byte[] dedupKey(LogEntry entry, byte[] visitor) {
		int restLength = entry.lineEnd - entry.hostEnd;
		int length = VisitorKeys.LENGTH + restLength + 4;
		if (scratch.length < length) {
			scratch = new byte[Math.max(length, scratch.length * 2)];
		}
		System.arraycopy(visitor, 0, scratch, 0, VisitorKeys.LENGTH);
		System.arraycopy(entry.line, entry.hostEnd, scratch, VisitorKeys.LENGTH, restLength);
		int occurrence = occurrence(new Hash(Murmur3.hash128(scratch, 0, length - 4)), entry.epochSecond);
		int p = length - 4;
		scratch[p] = (byte) (occurrence >>> 24);
		scratch[p + 1] = (byte) (occurrence >>> 16);
		scratch[p + 2] = (byte) (occurrence >>> 8);
		scratch[p + 3] = (byte) occurrence;
		return Murmur3.hash128(scratch, 0, length);
	}

	private int occurrence(Hash line, long second) {
		if (second != currentSecond) {
			sameSecond.clear();
			currentSecond = second;
		}
		return sameSecond.merge(line, 1, Integer::sum) - 1;
	}

	private record Hash(byte[] bytes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Hash hash && java.util.Arrays.equals(bytes, hash.bytes);
		}

		@Override
		public int hashCode() {
			return java.util.Arrays.hashCode(bytes);
		}

		@Override
		public String toString() {
			return "Hash";
		}

	}

}
