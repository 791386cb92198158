package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** The in-memory ROME data is read once, then again only when the job fiches change. */
class RomeSnapshotsTests {

	@Test // #7
	void readsOnceThenAgainOnlyAfterTheJobFichesChanged() {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		RomeSnapshots snapshots = new RomeSnapshots(jdbc);
		InterestLinks first = snapshots.interests();
		assertThat(snapshots.interests()).isSameAs(first);
		verify(jdbc, times(3)).query(anyString(), any(RowCallbackHandler.class));
		snapshots.on(new ContentChanged(ContentChanged.Kind.GUIDE, "cpf"));
		assertThat(snapshots.interests()).isSameAs(first);
		snapshots.on(new ContentChanged(ContentChanged.Kind.JOBS, "ROME 4.0, version 61"));
		assertThat(snapshots.interests()).isNotSameAs(first);
		verify(jdbc, times(6)).query(anyString(), any(RowCallbackHandler.class));
	}

	@Test // #7
	void aSnapshotTooOldIsReadAgain() {
		AtomicInteger reads = new AtomicInteger();
		Snapshot<Integer> fresh = new Snapshot<>(reads::incrementAndGet, Duration.ofHours(1));
		assertThat(fresh.get()).isEqualTo(1);
		assertThat(fresh.get()).isEqualTo(1);
		fresh.clear();
		assertThat(fresh.get()).isEqualTo(2);
		Snapshot<Integer> stale = new Snapshot<>(reads::incrementAndGet, Duration.ZERO);
		assertThat(stale.get()).isEqualTo(3);
		assertThat(stale.get()).isEqualTo(4);
	}

}
