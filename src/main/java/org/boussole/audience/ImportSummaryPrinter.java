package org.boussole.audience;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Prints what an import did: per file, then the totals, the lines that could not be read
 * and the speed.
 */
final class ImportSummaryPrinter {

	private final MessageSource messages;

	private final Locale locale;

	ImportSummaryPrinter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void print(ImportSummary summary, PrintWriter out) {
		long crawlers = 0;
		long others = 0;
		long duplicates = 0;
		for (ImportSummary.FileImport file : summary.files()) {
			printFile(file, out);
			crawlers += file.counts().crawlers;
			others += file.counts().otherRequests;
			duplicates += file.duplicates();
		}
		out.println(message("audience.import.total", summary.files().size(), summary.lines(), summary.added(),
				duplicates, summary.unreadable()));
		out.println(message("audience.import.excluded", others, crawlers));
		double seconds = summary.elapsed().toMillis() / 1000.0;
		// files imported before are not read line by line: no speed to tell
		out.println(summary.lines() > 0 ? message("audience.import.speed", seconds, summary.linesPerSecond())
				: message("audience.import.duration", seconds));
	}

	private void printFile(ImportSummary.FileImport file, PrintWriter out) {
		if (file.alreadyImported()) {
			out.println(message("audience.import.file-already", file.name()));
			return;
		}
		LogReadCounts counts = file.counts();
		out.println(message("audience.import.file", file.name(), counts.lines, counts.pageViews, file.added(),
				file.duplicates(), counts.unreadable));
		if (counts.cutShort != null) {
			out.println(message("audience.import.cut-short", counts.cutShort));
		}
		if (!counts.firstUnreadable.isEmpty()) {
			String lines = counts.firstUnreadable.stream()
				.map(bad -> message("audience.import.bad-line", bad.lineNumber(), message(bad.problem().messageKey())))
				.collect(Collectors.joining(", "));
			out.println(message("audience.import.unreadable-lines", lines));
			long more = counts.unreadable - counts.firstUnreadable.size();
			if (more > 0) {
				out.println(message("audience.import.unreadable-more", more));
			}
		}
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
