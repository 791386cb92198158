package org.boussole.audience;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days, both included, in the time zone of the site.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

	/** Days begin and end at midnight in Paris, where the network works. */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
	}

	/**
	 * @return the period of the same number of days just before this one
	 */
	Period previous() {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return new Period(from.minusDays(days), from.minusDays(1));
	}

	long startEpochSecond() {
		return from.atStartOfDay(ZONE).toEpochSecond();
	}

	/**
	 * @return the first second after the period
	 */
	long endEpochSecond() {
		return to.plusDays(1).atStartOfDay(ZONE).toEpochSecond();
	}

	boolean contains(long epochSecond) {
		return epochSecond >= startEpochSecond() && epochSecond < endEpochSecond();
	}

}
