package org.boussole.audience;

import java.time.Duration;
import java.util.List;

/**
 * What an import of access logs did.
 *
 * @param files one entry per file, in the order given
 * @param elapsed the time the whole import took
 */
record ImportSummary(List<FileImport> files, Duration elapsed) {

	long lines() {
		return files.stream().mapToLong(f -> f.counts().lines).sum();
	}

	long pageViews() {
		return files.stream().mapToLong(f -> f.counts().pageViews).sum();
	}

	long added() {
		return files.stream().mapToLong(FileImport::added).sum();
	}

	long unreadable() {
		return files.stream().mapToLong(f -> f.counts().unreadable).sum();
	}

	/**
	 * @return the lines read per second, over the whole import
	 */
	long linesPerSecond() {
		long millis = Math.max(1, elapsed.toMillis());
		return lines() * 1000 / millis;
	}

	/**
	 * One file of an import.
	 *
	 * @param name the file name as given
	 * @param alreadyImported whether a file with the same bytes had been imported before
	 * (then nothing is read)
	 * @param counts what reading the file found
	 * @param added the page views added to the store; the others were there already
	 */
	record FileImport(String name, boolean alreadyImported, LogReadCounts counts, long added) {

		long duplicates() {
			return counts.pageViews - added;
		}

	}

}
