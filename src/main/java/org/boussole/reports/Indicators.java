package org.boussole.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.boussole.accompaniment.AccompanimentFigures.Counts;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accompaniment.Outcome;
import org.boussole.audience.FunnelStep;
import org.boussole.audience.PeriodFigures;
import org.boussole.reports.Indicator.Source;
import org.boussole.reports.Indicator.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of indicators, in the order they are shown. The audience indicators use
 * the identifiers and values of {@code audience report}.
 */
final class Indicators {

	/** Every indicator, in order. */
	static final List<Indicator> ALL = catalogue();

	private Indicators() {
	}

	private static List<Indicator> catalogue() {
		List<Indicator> all = new ArrayList<>();
		audience(all, "visitors", PeriodFigures::visitors);
		audience(all, "newVisitors", PeriodFigures::newVisitors);
		audience(all, "visits", PeriodFigures::visits);
		audience(all, "pageViews", PeriodFigures::pageViews);
		audience(all, "searches", PeriodFigures::searches);
		audience(all, "devices.desktop", PeriodFigures::desktop);
		audience(all, "devices.mobile", PeriodFigures::mobile);
		audience(all, "devices.tablet", PeriodFigures::tablet);
		for (FunnelStep step : FunnelStep.values()) {
			all.add(new Indicator("funnel." + step.reportName(), "reports.indicator.funnel." + step.reportName(), null,
					Unit.COUNT, Source.AUDIENCE, true,
					values -> values.audience() == null ? null : (double) values.funnel().getOrDefault(step, 0L)));
		}
		accompaniment(all, "requests", Unit.COUNT, counts -> (double) counts.requests());
		accompaniment(all, "dossiersOpened", Unit.COUNT, counts -> (double) counts.dossiersOpened());
		accompaniment(all, "dossiersActiveAtEnd", Unit.COUNT, counts -> (double) counts.activeAtEnd());
		accompaniment(all, "dossiersClosed", Unit.COUNT, counts -> (double) counts.closed());
		for (Outcome outcome : Outcome.values()) {
			all.add(new Indicator("dossiersClosed." + outcome.name(), "reports.indicator.dossiersClosedBy",
					outcome.messageKey(), Unit.COUNT, Source.ACCOMPANIMENT, true,
					values -> (double) values.accompaniment().closedByOutcome().get(outcome)));
		}
		accompaniment(all, "medianDaysToAssignment", Unit.DAYS, Counts::medianDaysToAssignment);
		accompaniment(all, "appointmentsHeld", Unit.COUNT, counts -> (double) counts.held());
		byMode(all, "appointmentsHeld", Counts::heldByMode);
		accompaniment(all, "remoteShare", Unit.PERCENT, Indicators::remoteShare);
		byMode(all, "appointmentsMissed", Counts::missedByMode);
		byMode(all, "appointmentsLateCancelled", Counts::lateCancelledByMode);
		accompaniment(all, "travelAvoidedKm", Unit.KILOMETRES, Counts::travelAvoidedKm);
		accompaniment(all, "messages", Unit.COUNT, counts -> (double) counts.messages());
		return List.copyOf(all);
	}

	private static @Nullable Double remoteShare(Counts counts) {
		long held = counts.held();
		if (held == 0) {
			return null;
		}
		long remote = held - counts.heldByMode().get(MeetingMode.IN_PERSON);
		return Math.round(1000.0 * remote / held) / 10.0;
	}

	private static void audience(List<Indicator> all, String id, Function<PeriodFigures, Long> value) {
		all.add(new Indicator(id, "reports.indicator." + id, null, Unit.COUNT, Source.AUDIENCE, false,
				values -> values.audience() == null ? null : (double) value.apply(values.audience())));
	}

	private static void accompaniment(List<Indicator> all, String id, Unit unit,
			Function<Counts, @Nullable Double> value) {
		all.add(new Indicator(id, "reports.indicator." + id, null, unit, Source.ACCOMPANIMENT, unit == Unit.COUNT,
				values -> value.apply(values.accompaniment())));
	}

	private static void byMode(List<Indicator> all, String id,
			Function<Counts, java.util.Map<MeetingMode, Long>> split) {
		for (MeetingMode mode : MeetingMode.values()) {
			all.add(new Indicator(id + "." + mode.name(), "reports.indicator." + id + "By",
					"reports.mode." + mode.name(), Unit.COUNT, Source.ACCOMPANIMENT, true,
					values -> (double) split.apply(values.accompaniment()).get(mode)));
		}
	}

}
