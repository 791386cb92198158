package org.boussole.audience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.datasketches.hll.HllSketch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience figures of a period and of the period of the same length just before,
 * computed from the stored page views whatever order they were imported in, and from the
 * daily figures of the days whose page views were purged; with the accompaniment funnel
 * of the period.
 * <p>
 * When the period has days whose page views are purged, its visitors are merged from the
 * sketch of each of those days and the sketch of the visitors of the other days: a person
 * who came on several days counts once, and the figure is marked as an estimate. New
 * visitors stay exact: each visitor is new on one day only, so days add up.
 */
@Service
public class AudienceReport {

	private final PageViewStore store;

	private final DailyFiguresStore dailyFigures;

	private final FunnelCounts funnel;

	AudienceReport(PageViewStore store, DailyFiguresStore dailyFigures, FunnelCounts funnel) {
		this.store = store;
		this.dailyFigures = dailyFigures;
		this.funnel = funnel;
	}

	/**
	 * @param period the period, must not be {@literal null}
	 * @return the figures of the period and of the one before, never {@literal null}
	 */
	@Transactional(readOnly = true)
	public Comparison compare(Period period) {
		Period previous = period.previous();
		// visitors first seen on a purged day are counted new by that day's figures
		List<LocalDate> purgedDays = dailyFigures.purgedDaysBetween(previous.from(), period.to());
		VisitCounter counter = new VisitCounter(List.of(period, previous), purgedDays);
		store.readPageViews(counter.firstEpochSecondNeeded(), counter.endEpochSecond(), counter);
		List<PeriodFigures> figures = counter.figures();
		return new Comparison(withPurgedDays(figures.get(0), counter.sketch(0), period),
				withPurgedDays(figures.get(1), counter.sketch(1), previous), funnel.counts(period));
	}

	/**
	 * @param period the period, must not be {@literal null}
	 * @return the count of each funnel step in the period, read from its daily counts
	 * alone (no page view is read)
	 */
	@Transactional(readOnly = true)
	public Map<FunnelStep, Long> funnel(Period period) {
		return allSteps(funnel.counts(period));
	}

	/** Every step, in funnel order, zero when not counted. */
	private static Map<FunnelStep, Long> allSteps(Map<FunnelStep, Long> counted) {
		Map<FunnelStep, Long> all = new EnumMap<>(FunnelStep.class);
		for (FunnelStep step : FunnelStep.values()) {
			all.put(step, counted.getOrDefault(step, 0L));
		}
		return Collections.unmodifiableMap(all);
	}

	private PeriodFigures withPurgedDays(PeriodFigures raw, HllSketch rawVisitors, Period period) {
		DailyFiguresStore.PurgedDays purged = dailyFigures.purgedDays(period);
		if (!purged.any()) {
			return raw;
		}
		List<HllSketch> sketches = new ArrayList<>(purged.sketches());
		sketches.add(rawVisitors);
		// days rolled up before sketches were kept can only add their visitors
		long visitors = VisitorSketch.distinct(sketches) + purged.sums().visitors();
		return raw.plus(purged.sums(), visitors, true);
	}

	/**
	 * @param current the figures of the period asked for
	 * @param previous the figures of the period of the same length just before
	 * @param funnel the count of each funnel step in the period asked for, in funnel
	 * order
	 */
	public record Comparison(PeriodFigures current, PeriodFigures previous, Map<FunnelStep, Long> funnel) {

		/** Every step is there, in funnel order, zero when not given. */
		public Comparison {
			funnel = allSteps(funnel);
		}

		public Comparison(PeriodFigures current, PeriodFigures previous) {
			this(current, previous, Map.of());
		}

	}

}
