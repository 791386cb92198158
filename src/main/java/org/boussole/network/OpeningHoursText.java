package org.boussole.network;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Opening times as people read them: « 9 h – 12 h 30 » in French (and any language
 * Boussole does not speak), "9:00 – 12:30" in English.
 */
public final class OpeningHoursText {

	private OpeningHoursText() {
	}

	/**
	 * @return the time, e.g. « 9 h », « 12 h 30 » in French, "9:00" in English
	 */
	public static String time(LocalTime time, Locale locale) {
		if ("en".equals(locale.getLanguage())) {
			return time.getHour() + ":" + String.format(Locale.ROOT, "%02d", time.getMinute());
		}
		return (time.getMinute() == 0) ? time.getHour() + " h"
				: time.getHour() + " h " + String.format(Locale.ROOT, "%02d", time.getMinute());
	}

	/**
	 * @return the range, e.g. « 9 h – 12 h 30 »
	 */
	public static String range(LocalTime opens, LocalTime closes, Locale locale) {
		return time(opens, locale) + " – " + time(closes, locale);
	}

	/**
	 * @param openings ranges of one day, earliest first
	 * @return the ranges one after the other, e.g. « 9 h – 12 h, 14 h – 17 h »
	 */
	public static String ranges(List<SiteCalendar.Opening> openings, Locale locale) {
		return openings.stream()
			.map(opening -> range(opening.opens(), opening.closes(), locale))
			.collect(Collectors.joining(", "));
	}

}
