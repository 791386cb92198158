package org.boussole.audience;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps raw page views for the retention period only
 * ({@code boussole.audience.retention}, 13 months by default): every night, each day
 * older than that is rolled up into its daily figures, kept for good, and its raw page
 * views are deleted, in one transaction per day. Visitors with no page view left are
 * forgotten. Yesterday is rolled up too, so that the daily figures grow day by day.
 */
@Service
class AudienceRetention {

	private static final Logger log = LoggerFactory.getLogger(AudienceRetention.class);

	static final List<String> SOURCES = List.of("log", "live");

	private final PageViewStore pageViews;

	private final DailyFiguresStore figures;

	private final TransactionTemplate transactions;

	private final AudienceSettings settings;

	private final Clock clock;

	AudienceRetention(PageViewStore pageViews, DailyFiguresStore figures, PlatformTransactionManager transactionManager,
			AudienceSettings settings, Clock clock) {
		this.pageViews = pageViews;
		this.figures = figures;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${boussole.audience.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
	void purgeEveryNight() {
		int purged = purge(LocalDate.now(clock.withZone(Period.ZONE)));
		if (purged > 0) {
			log.info("Audience: {} page views older than {} rolled up into daily figures and deleted", purged,
					settings.retention());
		}
	}

	/**
	 * @param today the day of the purge, in Paris
	 * @return how many raw page views were deleted
	 */
	int purge(LocalDate today) {
		LocalDate firstKept = today.minus(settings.retention());
		Instant cutoff = Instant.ofEpochSecond(new Period(firstKept, firstKept).startEpochSecond());
		int deleted = 0;
		// latest first: a day is rolled up while the evening before is still there, so
		// that a visit begun before midnight is not counted again
		for (LocalDate day : figures.daysWithPageViewsBefore(cutoff)) {
			Integer count = transactions.execute(status -> {
				rollUpDay(day);
				return figures.purgeDay(day);
			});
			deleted += count == null ? 0 : count;
		}
		figures.forgetVisitorsBefore(cutoff);
		LocalDate yesterday = today.minusDays(1);
		if (!yesterday.isBefore(firstKept)) {
			rollUp(yesterday);
		}
		return deleted;
	}

	/**
	 * Computes again the figures of a day from its raw page views and stores them in
	 * place of earlier ones.
	 */
	void rollUp(LocalDate day) {
		transactions.executeWithoutResult(status -> rollUpDay(day));
	}

	private void rollUpDay(LocalDate day) {
		Instant now = clock.instant();
		for (String source : SOURCES) {
			VisitCounter counter = new VisitCounter(List.of(new Period(day, day)));
			pageViews.readPageViews(counter.firstEpochSecondNeeded(), counter.endEpochSecond(), source, counter);
			PeriodFigures dayFigures = counter.figures().get(0);
			if (dayFigures.pageViews() > 0) {
				figures.save(day, source, dayFigures, counter.sketch(0), now);
			}
		}
	}

}
