package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class LiveRecorderTests {

	private final LiveStore store = mock(LiveStore.class);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test // #8
	void aFullBufferDropsAndCountsInsteadOfWaiting() {
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 3, 2), store, meters);
		for (int i = 0; i < 5; i++) {
			recorder.offer(view(i));
		}
		assertThat(recorder.waiting()).isEqualTo(3);
		assertThat(meters.get("boussole.audience.dropped").counter().count()).isEqualTo(2);

		assertThat(recorder.flush()).isEqualTo(3);
		verify(store, times(2)).write(anyList()); // batches of two
		assertThat(recorder.waiting()).isZero();
		assertThat(recorder.offer(view(9))).isTrue();
	}

	@Test // #8
	void aBatchTheDatabaseRefusesIsCountedAndTheNextOnesStillGo() {
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 10, 1), store, meters);
		doThrow(new IllegalStateException("database down")).doNothing().when(store).write(anyList());
		recorder.offer(view(1));
		recorder.offer(view(2));
		assertThat(recorder.flush()).isEqualTo(1);
		assertThat(meters.get("boussole.audience.failed").counter().count()).isEqualTo(1);
	}

	@Test // #8
	void stoppingWritesWhatIsWaiting() {
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 100, 50), store, meters);
		recorder.start();
		recorder.offer(view(1));
		recorder.stop();
		assertThat(recorder.isRunning()).isFalse();
		assertThat(recorder.waiting()).isZero();
		verify(store).write(anyList());
	}

	private static LiveView view(int i) {
		return new LiveView(new byte[16], Instant.ofEpochSecond(2_000_000_000L + i), "/", false, null,
				ReferrerSource.DIRECT, Device.DESKTOP, null);
	}

}
