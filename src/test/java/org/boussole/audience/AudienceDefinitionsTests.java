package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The definitions of DESIGN.md §5 on logs with known answers, without a database. */
class AudienceDefinitionsTests {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 12);

	@Test // #8
	void countsEveryRuleOfTheDefinitionsOnALogWithKnownAnswers() {
		InMemoryAudience audience = new InMemoryAudience();
		LogReadCounts counts = audience.read(TestLogs.knownAnswers("10.1", DAY).text(), LogFormat.COMBINED);

		AudienceReport.Comparison report = audience.compare(new Period(DAY, DAY));

		assertThat(counts.unreadable).isZero();
		assertThat(counts.crawlers).isEqualTo(5);
		assertThat(report.current()).isEqualTo(new PeriodFigures(DAY, DAY, 7, 5, 8, 17, 5, 4, 2, 2));
		assertThat(report.previous())
			.isEqualTo(new PeriodFigures(DAY.minusDays(1), DAY.minusDays(1), 1, 1, 1, 1, 0, 0, 1, 0));
	}

	@Test // #8
	void extraSearchParametersCountAsSearches() {
		InMemoryAudience audience = new InMemoryAudience();
		audience.read(TestLogs.knownAnswers("10.1", DAY).text(), LogFormat.COMBINED, "motcle");

		assertThat(audience.compare(new Period(DAY, DAY)).current().searches()).isEqualTo(6);
	}

	@Test // #8
	void aVisitCrossingMidnightBelongsToItsFirstDay() {
		InMemoryAudience audience = new InMemoryAudience();
		audience.read(new TestLogs().get("10.2.0.1", TestLogs.FIREFOX, DAY.atTime(23, 45), "/")
			.get("10.2.0.1", TestLogs.FIREFOX, DAY.plusDays(1).atTime(0, 5), "/guides")
			.get("10.2.0.1", TestLogs.FIREFOX, DAY.plusDays(1).atTime(0, 30), "/metiers")
			.text(), LogFormat.COMBINED);

		PeriodFigures first = audience.compare(new Period(DAY, DAY)).current();
		PeriodFigures second = audience.compare(new Period(DAY.plusDays(1), DAY.plusDays(1))).current();

		assertThat(first.visits()).isEqualTo(1);
		assertThat(first.pageViews()).isEqualTo(1);
		assertThat(second.visits()).isZero();
		assertThat(second.visitors()).isZero();
		assertThat(second.pageViews()).isEqualTo(2);
	}

	@Test // #8
	void aGapOfMoreThanThirtyMinutesStartsANewVisit() {
		InMemoryAudience audience = new InMemoryAudience();
		audience.read(new TestLogs().get("10.3.0.1", TestLogs.FIREFOX, DAY.atTime(8, 0), "/")
			.get("10.3.0.1", TestLogs.FIREFOX, DAY.atTime(8, 30), "/a") // 30 min: same
																		// visit
			.get("10.3.0.1", TestLogs.FIREFOX, DAY.atTime(9, 0, 1), "/b") // 30 min 1 s:
																			// new visit
			.get("10.3.0.1", TestLogs.FIREFOX, DAY.atTime(11, 0), "/c") // new visit
			.text(), LogFormat.COMBINED);

		PeriodFigures figures = audience.compare(new Period(DAY, DAY)).current();

		assertThat(figures.visits()).isEqualTo(3);
		assertThat(figures.visitors()).isEqualTo(1);
		assertThat(figures.desktop()).isEqualTo(3);
	}

	@Test // #8
	void aVisitorWhoReturnsInALaterYearIsNewOnlyTheFirstTime() {
		InMemoryAudience audience = new InMemoryAudience();
		// read in reverse order: the later year first
		audience.read(new TestLogs().get("10.4.0.1", TestLogs.IPHONE, DAY.atTime(8, 0), "/").text(),
				LogFormat.COMBINED);
		audience.read(new TestLogs().get("10.4.0.1", TestLogs.IPHONE, DAY.minusYears(1).atTime(8, 0), "/").text(),
				LogFormat.COMBINED);

		assertThat(audience.compare(new Period(DAY, DAY)).current().newVisitors()).isZero();
		assertThat(audience.compare(new Period(DAY.minusYears(1), DAY.minusYears(1))).current().newVisitors())
			.isEqualTo(1);
		assertThat(audience.compare(new Period(DAY.withDayOfYear(1), DAY)).current().visitors()).isEqualTo(1);
	}

	@Test // #8
	void devicesAreCountedPerVisit() {
		InMemoryAudience audience = new InMemoryAudience();
		audience.read(new TestLogs().get("10.5.0.1", TestLogs.IPAD, DAY.atTime(8, 0), "/")
			.get("10.5.0.1", TestLogs.IPAD, DAY.atTime(8, 5), "/a")
			.get("10.5.0.1", TestLogs.IPAD, DAY.atTime(18, 0), "/")
			.get("10.5.0.2", TestLogs.ANDROID_PHONE, DAY.atTime(8, 0), "/")
			.get("10.5.0.2", TestLogs.ANDROID_PHONE, DAY.atTime(8, 1), "/b")
			.text(), LogFormat.COMBINED);

		PeriodFigures figures = audience.compare(new Period(DAY, DAY)).current();

		assertThat(figures.tablet()).isEqualTo(2);
		assertThat(figures.mobile()).isEqualTo(1);
		assertThat(figures.desktop()).isZero();
		assertThat(figures.pageViews()).isEqualTo(5);
	}

	@Test // #8
	void commonFormatHasNoUserAgentSoEveryVisitIsADesktopOne() {
		InMemoryAudience audience = new InMemoryAudience();
		String log = TestLogs.common("10.6.0.1", DAY.atTime(8, 0).atZone(Period.ZONE), "GET", "/?q=cpf", 200) + "\n"
				+ TestLogs.common("10.6.0.1", DAY.atTime(8, 1).atZone(Period.ZONE), "GET", "/app.css", 200) + "\n"
				+ TestLogs.common("10.6.0.2", DAY.atTime(8, 2).atZone(Period.ZONE), "GET", "/", 304) + "\n";
		LogReadCounts counts = audience.read(log, LogFormat.COMMON);

		PeriodFigures figures = audience.compare(new Period(DAY, DAY)).current();

		assertThat(counts.unreadable).isZero();
		assertThat(figures).isEqualTo(new PeriodFigures(DAY, DAY, 2, 2, 2, 2, 1, 2, 0, 0));
	}

	@Test // #8
	void aCombinedLogReadAsCommonIsAcceptedButACommonLogReadAsCombinedIsNot() {
		InMemoryAudience audience = new InMemoryAudience();
		String common = TestLogs.common("10.7.0.1", DAY.atTime(8, 0).atZone(Period.ZONE), "GET", "/", 200) + "\n";

		assertThat(audience.read(common, LogFormat.COMBINED).unreadable).isEqualTo(1);
	}

	@Test // #8
	void theSameLinesReadTwiceAddNothingButIdenticalLinesOfOneLogAreTwoPageViews() {
		InMemoryAudience audience = new InMemoryAudience();
		String reload = TestLogs.combined("10.8.0.1", DAY.atTime(8, 0).atZone(Period.ZONE), "GET", "/", 200,
				TestLogs.FIREFOX);
		String log = reload + "\n" + reload + "\n";

		audience.read(log, LogFormat.COMBINED);
		audience.read(log, LogFormat.COMBINED);

		assertThat(audience.views()).hasSize(2);
	}

	@Test // #8
	void filesReadInAnyOrderGiveTheSameFigures() {
		var lines = TestLogs.knownAnswers("10.9", DAY).lines();
		InMemoryAudience forward = new InMemoryAudience();
		InMemoryAudience backward = new InMemoryAudience();
		int half = lines.size() / 2;
		forward.read(String.join("\n", lines.subList(0, half)), LogFormat.COMBINED);
		forward.read(String.join("\n", lines.subList(half, lines.size())), LogFormat.COMBINED);
		backward.read(String.join("\n", lines.subList(half, lines.size())), LogFormat.COMBINED);
		backward.read(String.join("\n", lines.subList(0, half)), LogFormat.COMBINED);

		assertThat(backward.compare(new Period(DAY, DAY))).isEqualTo(forward.compare(new Period(DAY, DAY)));
		assertThat(forward.compare(new Period(DAY, DAY)).current().visits()).isEqualTo(8);
	}

}
