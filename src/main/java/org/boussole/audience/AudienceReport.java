package org.boussole.audience;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience figures of a period and of the period of the same length just before,
 * computed from the stored page views whatever order they were imported in, and from the
 * daily figures of the days whose page views were purged; with the accompaniment funnel
 * of the period.
 * <p>
 * On purged days, visitors are the sum of each day's visitors: a person who came on two
 * of those days counts twice.
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
		VisitCounter counter = new VisitCounter(List.of(period, previous));
		store.readPageViews(counter.firstEpochSecondNeeded(), counter.endEpochSecond(), counter);
		List<PeriodFigures> figures = counter.figures();
		return new Comparison(figures.get(0).plus(dailyFigures.purgedFigures(period)),
				figures.get(1).plus(dailyFigures.purgedFigures(previous)), funnel.counts(period));
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
			Map<FunnelStep, Long> all = new EnumMap<>(FunnelStep.class);
			for (FunnelStep step : FunnelStep.values()) {
				all.put(step, funnel.getOrDefault(step, 0L));
			}
			funnel = Collections.unmodifiableMap(all);
		}

		public Comparison(PeriodFigures current, PeriodFigures previous) {
			this(current, previous, Map.of());
		}

	}

}
