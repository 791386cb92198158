package org.boussole.audience;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audience store in memory, for fast tests of the reading and counting rules: it
 * keeps page views once per dedup key and feeds {@link VisitCounter} as the database
 * does.
 */
final class InMemoryAudience {

	/** Loading the ua-parser patterns takes a moment: one instance for all tests. */
	static final UserAgents USER_AGENTS = new UserAgents();

	static final VisitorKeys KEYS = new VisitorKeys(
			"a test secret of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));

	private final List<PageView> views = new ArrayList<>();

	private final Set<ByteBuffer> keys = new HashSet<>();

	LogReadCounts read(String log, LogFormat format, String... searchParameters) {
		return read(log.getBytes(StandardCharsets.UTF_8), format, searchParameters);
	}

	LogReadCounts read(byte[] log, LogFormat format, String... searchParameters) {
		AccessLogReader reader = new AccessLogReader(format, new PageViewRules(List.of(searchParameters)), USER_AGENTS,
				KEYS, 20);
		try (InputStream in = AccessLogImport.decompressing(new ByteArrayInputStream(log))) {
			return reader.read(in, view -> {
				if (keys.add(ByteBuffer.wrap(view.dedupKey()))) {
					views.add(view);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<PageView> views() {
		return views;
	}

	AudienceReport.Comparison compare(Period period) {
		Map<ByteBuffer, Long> firstSeen = new HashMap<>();
		for (PageView view : views) {
			firstSeen.merge(ByteBuffer.wrap(view.visitor()), view.epochSecond(), Math::min);
		}
		VisitCounter counter = new VisitCounter(List.of(period, period.previous()));
		views.stream()
			.filter(v -> v.epochSecond() >= counter.firstEpochSecondNeeded()
					&& v.epochSecond() < counter.endEpochSecond())
			.sorted(Comparator.comparing((PageView v) -> ByteBuffer.wrap(v.visitor()))
				.thenComparingLong(PageView::epochSecond))
			.forEach(v -> counter.accept(v.visitor(), v.epochSecond(), v.device(), v.search(),
					firstSeen.get(ByteBuffer.wrap(v.visitor()))));
		List<PeriodFigures> figures = counter.figures();
		return new AudienceReport.Comparison(figures.get(0), figures.get(1));
	}

}
