package org.boussole.reports;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One indicator, defined once: every place that shows it reads this definition and its
 * value from {@link FiguresComputation}.
 *
 * @param id the stable identifier used by exports and scripts, e.g. {@code visitors}
 * @param labelKey the message key of its name (its definition is under
 * {@code <labelKey>.definition})
 * @param labelArgument the message key of a part of the name (a mode, an outcome), or
 * {@literal null}
 * @param unit what the value counts
 * @param source where it comes from
 * @param people whether a small value could describe people (then a count from 1 to 4 is
 * shown to funders and the public as « moins de 5 »)
 * @param value the value in the figures of one period; {@literal null} when it cannot be
 * computed (a median of nothing, audience figures for one structure)
 */
record Indicator(String id, String labelKey, @Nullable String labelArgument, Unit unit, Source source, boolean people,
		Function<PeriodValues, @Nullable Double> value) {

	/** What a value counts. */
	enum Unit {

		COUNT, PERCENT, DAYS, KILOMETRES;

		public String messageKey() {
			return "reports.unit." + name();
		}

	}

	/** Where a value comes from. */
	enum Source {

		AUDIENCE, ACCOMPANIMENT;

		public String messageKey() {
			return "reports.source." + name();
		}

	}

}
