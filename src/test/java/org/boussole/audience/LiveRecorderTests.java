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
	void aWriterWokenByAFullBatchWritesWholeBatchesAndLeavesTheRestForTheNextSecond() {
		java.util.List<Integer> batches = new java.util.ArrayList<>();
		org.mockito.Mockito.doAnswer(call -> batches.add(call.<java.util.List<?>>getArgument(0).size()))
			.when(store)
			.write(anyList());
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 100, 3), store, meters);
		for (int i = 0; i < 7; i++) {
			recorder.offer(view(i));
		}
		assertThat(recorder.writeWholeBatches()).isEqualTo(6);
		assertThat(batches).containsExactly(3, 3);
		assertThat(recorder.waiting()).isOne();
		assertThat(recorder.writeWholeBatches()).isZero();

		assertThat(recorder.flush()).isOne();
		assertThat(batches).containsExactly(3, 3, 1);
		assertThat(recorder.waiting()).isZero();
	}

	@Test // #8
	void aFlushWritesWhatWaitedWhenItStartedNotWhatArrivesMeanwhile() {
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 100, 2), store, meters);
		// pages keep coming while each batch is written
		org.mockito.Mockito.doAnswer(call -> recorder.offer(view(99))).when(store).write(anyList());
		for (int i = 0; i < 4; i++) {
			recorder.offer(view(i));
		}
		assertThat(recorder.flush()).isEqualTo(4);
		verify(store, times(2)).write(anyList());
		assertThat(recorder.waiting()).isEqualTo(2);
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

	@Test // #8
	void pagesNeverWaitWhileTheWriterIsStuckOnTheDatabaseUnderLoad() throws Exception {
		java.util.concurrent.CountDownLatch databaseHangs = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
		org.mockito.Mockito.doAnswer(call -> {
			writing.countDown();
			databaseHangs.await();
			return null;
		}).when(store).write(anyList());
		LiveRecorder recorder = new LiveRecorder(new AudienceSettings.Live(true, 1000, 10), store, meters);
		recorder.start();
		try {
			for (int i = 0; i < 10; i++) {
				recorder.offer(view(i));
			}
			assertThat(writing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			// 8 request threads offer 20,000 page views each while the writer is stuck
			java.util.concurrent.ExecutorService requests = java.util.concurrent.Executors.newFixedThreadPool(8);
			java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();
			java.util.concurrent.atomic.AtomicLong slowest = new java.util.concurrent.atomic.AtomicLong();
			java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int t = 0; t < 8; t++) {
				done.add(requests.submit(() -> {
					for (int i = 0; i < 20_000; i++) {
						long start = System.nanoTime();
						if (recorder.offer(view(i))) {
							taken.incrementAndGet();
						}
						slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
					}
				}));
			}
			for (java.util.concurrent.Future<?> f : done) {
				f.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			requests.shutdown();
			// the buffer is bounded: what it could not take is dropped and counted
			assertThat(recorder.waiting()).isLessThanOrEqualTo(1000);
			assertThat(taken.get() + (long) recorder.droppedCount()).isEqualTo(160_000);
			assertThat(recorder.droppedCount()).isGreaterThanOrEqualTo(160_000 - 1000);
			// no offer waited for the stuck writer (a generous bound for a shared
			// machine)
			assertThat(slowest.get()).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(2));
		}
		finally {
			databaseHangs.countDown();
			recorder.stop();
		}
	}

	private static LiveView view(int i) {
		return new LiveView(new byte[16], Instant.ofEpochSecond(2_000_000_000L + i), "/", false, null,
				ReferrerSource.DIRECT, Device.DESKTOP, null);
	}

}
