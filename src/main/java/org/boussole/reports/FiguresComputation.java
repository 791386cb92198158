package org.boussole.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.AccompanimentFigures;
import org.boussole.audience.AudienceReport;
import org.boussole.audience.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one computation of the indicators: every page, export, report and command takes its
 * figures from here. A period is compared with the period of the same length just before
 * it.
 */
@Service
class FiguresComputation {

	/** The longest period asked for at once. */
	static final int MAX_YEARS = 10;

	/**
	 * The value of an indicator in a period and in the period before.
	 *
	 * @param value {@literal null} when it cannot be computed
	 * @param previous {@literal null} when it cannot be computed
	 */
	record Value(Indicator indicator, @Nullable Double value, @Nullable Double previous) {
	}

	private final AudienceReport audience;

	private final AccompanimentFigures accompaniment;

	FiguresComputation(AudienceReport audience, AccompanimentFigures accompaniment) {
		this.audience = audience;
		this.accompaniment = accompaniment;
	}

	/**
	 * @param structureId one structure (its audience cannot be told apart: audience
	 * indicators have no value), or {@literal null} for the whole network
	 * @return every indicator of {@link Indicators#ALL}, in that order
	 * @throws IllegalArgumentException when the period is reversed or longer than
	 * {@value #MAX_YEARS} years
	 */
	List<Value> compute(LocalDate from, LocalDate to, @Nullable UUID structureId) {
		if (to.isBefore(from) || from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new IllegalArgumentException("A period of one day to " + MAX_YEARS + " years is needed");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		LocalDate previousFrom = from.minusDays(days);
		LocalDate previousTo = from.minusDays(1);
		AccompanimentFigures.Counts counts = accompaniment.of(from, to, structureId);
		AccompanimentFigures.Counts previousCounts = accompaniment.of(previousFrom, previousTo, structureId);
		// for the network, one reading of the page views gives both periods; the funnel
		// of
		// the period before is read from its daily counts
		AudienceReport.Comparison figures = structureId == null ? audience.compare(new Period(from, to)) : null;
		PeriodValues current = figures == null ? new PeriodValues(from, to, null, Map.of(), counts)
				: new PeriodValues(from, to, figures.current(), figures.funnel(), counts);
		PeriodValues previous = figures == null
				? new PeriodValues(previousFrom, previousTo, null, Map.of(), previousCounts)
				: new PeriodValues(previousFrom, previousTo, figures.previous(),
						audience.funnel(new Period(previousFrom, previousTo)), previousCounts);
		return Indicators.ALL.stream()
			.map(indicator -> new Value(indicator, indicator.value().apply(current), indicator.value().apply(previous)))
			.toList();
	}

}
