package org.boussole.audience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.datasketches.hll.HllSketch;

/**
 * Cuts page views into visits and counts the figures of some periods, by the definitions
 * of DESIGN.md §5: a visit is the page views of one visitor with no gap longer than 30
 * minutes, and belongs to the day of its first page view (a visit that crosses midnight
 * counts for the first day). Page views and searches count on their own time.
 * <p>
 * It is fed the page views of every visitor, ordered by visitor and then by time, from
 * {@link #firstEpochSecondNeeded()} (30 minutes before the earliest period, to see the
 * visits that started before) to the end of the last period; memory stays constant
 * whatever the number of rows. The distinct visitors of each period are also kept in a
 * {@link VisitorSketch}, to be merged with the sketches of days whose page views are
 * purged.
 */
final class VisitCounter {

	static final long VISIT_GAP_SECONDS = 30 * 60;

	private final List<Period> periods;

	private final long[] starts;

	private final long[] ends;

	private final Counts[] counts;

	private final boolean[] seenInPeriod;

	private final HllSketch[] sketches;

	private final long[] purgedStarts;

	private final long[] purgedEnds;

	private byte[] visitor = new byte[0];

	private long lastSeen;

	VisitCounter(List<Period> periods) {
		this(periods, List.of());
	}

	/**
	 * @param purgedDays days whose page views are purged, in time order: visitors first
	 * seen on one of them are not counted as new, since that day's figures count them
	 */
	VisitCounter(List<Period> periods, List<LocalDate> purgedDays) {
		this.purgedStarts = new long[purgedDays.size()];
		this.purgedEnds = new long[purgedDays.size()];
		for (int i = 0; i < purgedDays.size(); i++) {
			Period day = new Period(purgedDays.get(i), purgedDays.get(i));
			purgedStarts[i] = day.startEpochSecond();
			purgedEnds[i] = day.endEpochSecond();
		}
		this.periods = List.copyOf(periods);
		int n = periods.size();
		this.starts = new long[n];
		this.ends = new long[n];
		this.counts = new Counts[n];
		this.seenInPeriod = new boolean[n];
		this.sketches = new HllSketch[n];
		for (int i = 0; i < n; i++) {
			starts[i] = periods.get(i).startEpochSecond();
			ends[i] = periods.get(i).endEpochSecond();
			counts[i] = new Counts();
			sketches[i] = VisitorSketch.empty();
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
			boolean firstSeenOnPurgedDay = onPurgedDay(firstSeen);
			for (int i = 0; i < counts.length; i++) {
				if (firstSeen >= starts[i] && firstSeen < ends[i] && !firstSeenOnPurgedDay) {
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
					sketches[i].update(visitor);
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

	private boolean onPurgedDay(long epochSecond) {
		int found = Arrays.binarySearch(purgedStarts, epochSecond);
		int day = found >= 0 ? found : -found - 2;
		return day >= 0 && epochSecond < purgedEnds[day];
	}

	/**
	 * @return the sketch of the visitors counted in the period of that index
	 */
	HllSketch sketch(int period) {
		return sketches[period];
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
