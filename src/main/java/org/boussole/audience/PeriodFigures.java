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
 * @param visitorsEstimated whether {@code visitors} is an estimate: the period has days
 * whose page views are purged, and their distinct visitors are merged from daily sketches
 * (about 0.8 % relative standard error)
 */
public record PeriodFigures(LocalDate from, LocalDate to, long visitors, long newVisitors, long visits, long pageViews,
		long searches, long desktop, long mobile, long tablet, boolean visitorsEstimated) {

	/** Exact figures. */
	public PeriodFigures(LocalDate from, LocalDate to, long visitors, long newVisitors, long visits, long pageViews,
			long searches, long desktop, long mobile, long tablet) {
		this(from, to, visitors, newVisitors, visits, pageViews, searches, desktop, mobile, tablet, false);
	}

	/**
	 * @param distinctVisitors the visitors of both, each counted once
	 * @param estimated whether {@code distinctVisitors} is an estimate
	 * @return the figures of the same period with {@code other}'s counts added
	 */
	PeriodFigures plus(PeriodFigures other, long distinctVisitors, boolean estimated) {
		return new PeriodFigures(from, to, distinctVisitors, newVisitors + other.newVisitors, visits + other.visits,
				pageViews + other.pageViews, searches + other.searches, desktop + other.desktop, mobile + other.mobile,
				tablet + other.tablet, estimated);
	}

}
