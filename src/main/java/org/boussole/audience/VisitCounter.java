package org.boussole.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts page views into visits and counts the figures of some periods, by the definitions
 * of DESIGN.md §5: a visit is the page views of one visitor with no gap longer than 30
 * minutes, and belongs to the day of its first page view (a visit that crosses midnight
 * counts for the first day). Page views and searches count on their own time.
 * <p>
 * It is fed the page views of every visitor, ordered by visitor and then by time, from
 * {@link #firstEpochSecondNeeded()} (30 minutes before the earliest period, to see the
 * visits that started before) to the end of the last period; memory stays constant
 * whatever the number of rows.
 */
final class VisitCounter {

	static final long VISIT_GAP_SECONDS = 30 * 60;

	private final List<Period> periods;

	private final long[] starts;

	private final long[] ends;

	private final Counts[] counts;

	private final boolean[] seenInPeriod;

	private byte[] visitor = new byte[0];

	private long lastSeen;

	VisitCounter(List<Period> periods) {
		this.periods = List.copyOf(periods);
		int n = periods.size();
		this.starts = new long[n];
		this.ends = new long[n];
		this.counts = new Counts[n];
		this.seenInPeriod = new boolean[n];
		for (int i = 0; i < n; i++) {
			starts[i] = periods.get(i).startEpochSecond();
			ends[i] = periods.get(i).endEpochSecond();
			counts[i] = new Counts();
		}
	}

	long firstEpochSecondNeeded() {
		return Arrays.stream(starts).min().orElseThrow() - VISIT_GAP_SECONDS;
	}

	long endEpochSecond() {
		return Arrays.stream(ends).max().orElseThrow();
	}

	/**
	 * @param visitor the visitor key
	 * @param epochSecond the time of the page view
	 * @param device the device class of the visitor
	 * @param search whether the page view is a search
	 * @param firstSeen the time of the visitor's first page view in all the data
	 */
	void accept(byte[] visitor, long epochSecond, Device device, boolean search, long firstSeen) {
		boolean newVisitor = !Arrays.equals(visitor, this.visitor);
		if (newVisitor) {
			this.visitor = visitor;
			Arrays.fill(seenInPeriod, false);
			for (int i = 0; i < counts.length; i++) {
				if (firstSeen >= starts[i] && firstSeen < ends[i]) {
					counts[i].newVisitors++;
				}
			}
		}
		boolean visitStarts = newVisitor || epochSecond - lastSeen > VISIT_GAP_SECONDS;
		lastSeen = epochSecond;
		for (int i = 0; i < counts.length; i++) {
			if (epochSecond < starts[i] || epochSecond >= ends[i]) {
				continue;
			}
			Counts c = counts[i];
			c.pageViews++;
			if (search) {
				c.searches++;
			}
			if (visitStarts) {
				c.visits++;
				c.devices[device.ordinal()]++;
				if (!seenInPeriod[i]) {
					seenInPeriod[i] = true;
					c.visitors++;
				}
			}
		}
	}

	/**
	 * @return the figures of each period, in the order the periods were given
	 */
	List<PeriodFigures> figures() {
		List<PeriodFigures> figures = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			Counts c = counts[i];
			Period p = periods.get(i);
			figures.add(new PeriodFigures(p.from(), p.to(), c.visitors, c.newVisitors, c.visits, c.pageViews,
					c.searches, c.devices[Device.DESKTOP.ordinal()], c.devices[Device.MOBILE.ordinal()],
					c.devices[Device.TABLET.ordinal()]));
		}
		return figures;
	}

	private static final class Counts {

		long visitors;

		long newVisitors;

		long visits;

		long pageViews;

		long searches;

		final long[] devices = new long[Device.values().length];

	}

}
