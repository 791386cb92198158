package org.boussole.audience;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What reading one access log found, line by line. */
final class LogReadCounts {

	private final int maxReportedLines;

	long lines;

	long pageViews;

	/**
	 * Requests that are no page view: other methods, redirects, errors, static assets.
	 */
	long otherRequests;

	/** Page requests from crawlers and other programs. */
	long crawlers;

	long unreadable;

	final List<BadLine> firstUnreadable = new ArrayList<>();

	/** Why the file ended early (a compressed file cut short), if it did. */
	@Nullable String cutShort;

	LogReadCounts(int maxReportedLines) {
		this.maxReportedLines = maxReportedLines;
	}

	void unreadable(long lineNumber, LineProblem problem) {
		unreadable++;
		if (firstUnreadable.size() < maxReportedLines) {
			firstUnreadable.add(new BadLine(lineNumber, problem));
		}
	}

	/** A line that could not be read, and why. */
	record BadLine(long lineNumber, LineProblem problem) {

	}

}
