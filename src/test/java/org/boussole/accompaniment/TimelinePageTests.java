package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.boussole.accompaniment.DossierViews.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelinePageTests {

	static List<TimelineEntry> timeline(int size) {
		return IntStream.range(0, size)
			.mapToObj(i -> new TimelineEntry("accompaniment.event.MESSAGE_SENT",
					Instant.EPOCH.plusSeconds(i).atZone(ZoneOffset.UTC), null, null, null, null))
			.toList();
	}

	@Test // #5
	void aLongTimelineShowsItsLatestEntriesOldestFirst() {
		List<TimelineEntry> all = timeline(120);
		TimelinePage page = TimelinePage.of(all, false);
		assertThat(page.entries()).hasSize(TimelinePage.LATEST).startsWith(all.get(70)).endsWith(all.get(119));
		assertThat(page.total()).isEqualTo(120);
		assertThat(page.partial()).isTrue();
	}

	@Test // #5
	void aShortTimelineOrTheWholeHistoryShowsEverything() {
		assertThat(TimelinePage.of(timeline(50), false).partial()).isFalse();
		TimelinePage everything = TimelinePage.of(timeline(120), true);
		assertThat(everything.entries()).hasSize(120);
		assertThat(everything.partial()).isFalse();
	}

}
