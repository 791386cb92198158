package org.boussole.audience;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience figures of a period and of the period of the same length just before,
 * computed from the stored page views whatever order they were imported in.
 */
@Service
public class AudienceReport {

	private final PageViewStore store;

	AudienceReport(PageViewStore store) {
		this.store = store;
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
		return new Comparison(figures.get(0), figures.get(1));
	}

	/**
	 * @param current the figures of the period asked for
	 * @param previous the figures of the period of the same length just before
	 */
	public record Comparison(PeriodFigures current, PeriodFigures previous) {

	}

}
