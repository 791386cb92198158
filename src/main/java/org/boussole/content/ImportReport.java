package org.boussole.content;

import java.util.List;

/**
 * What an import of a ROME release did.
 *
 * @param release the release, as in « ROME 4.0, version 60 du 18/09/2025 »
 * @param fiches the number of fiches in the release
 * @param added the codes new in this release (or back after a retirement)
 * @param changed the codes whose content changed
 * @param retired the codes absent from this release, kept with a notice
 * @param millis how long the import took
 */
record ImportReport(String release, int fiches, List<String> added, List<String> changed, List<String> retired,
		long millis) {

	/**
	 * @return one line for the command line and the log
	 */
	String summary() {
		return String.format("%s : %d fiches ; %d ajoutée(s), %d modifiée(s), %d retirée(s) en %d ms", release, fiches,
				added.size(), changed.size(), retired.size(), millis);
	}

}
