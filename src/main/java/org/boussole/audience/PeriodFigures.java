package org.boussole.audience;

import java.time.LocalDate;

/**
 * The audience of one period, by the definitions of DESIGN.md §5.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param visitors visitors with at least one visit that starts in the period
 * @param newVisitors visitors whose first visit in all the data starts in the period
 * @param visits visits that start in the period
 * @param pageViews page views made in the period
 * @param searches searches made in the period
 * @param desktop visits from desktop computers that start in the period
 * @param mobile visits from phones that start in the period
 * @param tablet visits from tablets that start in the period
 */
public record PeriodFigures(LocalDate from, LocalDate to, long visitors, long newVisitors, long visits, long pageViews,
		long searches, long desktop, long mobile, long tablet) {

	/**
	 * @return the figures of the same period with {@code other}'s counts added (visitors
	 * are added as they are: a visitor counted in both is counted twice)
	 */
	PeriodFigures plus(PeriodFigures other) {
		return new PeriodFigures(from, to, visitors + other.visitors, newVisitors + other.newVisitors,
				visits + other.visits, pageViews + other.pageViews, searches + other.searches, desktop + other.desktop,
				mobile + other.mobile, tablet + other.tablet);
	}

}
