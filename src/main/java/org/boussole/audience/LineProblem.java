package org.boussole.audience;

import java.util.Locale;

/** Why a line of an access log could not be read. */
enum LineProblem {

	/** The line does not have the fields of the expected format. */
	FORMAT,
	/** The date does not exist (31 February, hour 25...). */
	DATE,
	/** The line holds control characters or binary data. */
	BINARY,
	/** The line is longer than the longest line Boussole reads. */
	TOO_LONG,
	/** The file ends in the middle of this line (a compressed file cut short). */
	CUT_SHORT;

	/**
	 * @return the key of the message that names the problem
	 */
	String messageKey() {
		return "audience.import.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
