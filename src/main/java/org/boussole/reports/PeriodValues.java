package org.boussole.reports;

import java.time.LocalDate;

import org.boussole.accompaniment.AccompanimentFigures;
import org.boussole.audience.FunnelStep;
import org.boussole.audience.PeriodFigures;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Everything the indicators of one period are read from.
 *
 * @param audience the audience of the period, {@literal null} for one structure (page
 * views belong to no structure)
 * @param funnel the count of each funnel step, empty for one structure
 * @param accompaniment the accompaniment of the period
 */
record PeriodValues(LocalDate from, LocalDate to, @Nullable PeriodFigures audience, Map<FunnelStep, Long> funnel,
		AccompanimentFigures.Counts accompaniment) {

}
