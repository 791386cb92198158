package org.boussole.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps measured page views in a bounded buffer and writes them in batches from a
 * background thread: every second, and whole batches as soon as one is waiting. Requests
 * only offer to the buffer and never wait: when it is full the page view is dropped and
 * counted ({@code boussole.audience.dropped}). What is waiting is written when the
 * application stops, after the web server has stopped taking requests.
 */
class LiveRecorder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveRecorder.class);

	private static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

	/**
	 * Lock-free, so that request threads never wait for each other (nor park and wake one
	 * another) to offer a page view; bounded by {@link #waiting}.
	 */
	private final Queue<LiveView> buffer = new ConcurrentLinkedQueue<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private final int capacity;

	private final int batchSize;

	private final LiveStore store;

	private final Counter dropped;

	private final Counter failed;

	private volatile @Nullable Thread worker;

	private volatile boolean running;

	LiveRecorder(AudienceSettings.Live settings, LiveStore store, MeterRegistry meters) {
		this.capacity = settings.bufferSize();
		this.batchSize = settings.batchSize();
		this.store = store;
		this.dropped = Counter.builder("boussole.audience.dropped")
			.description("Page views not recorded because the buffer was full")
			.register(meters);
		this.failed = Counter.builder("boussole.audience.failed")
			.description("Page views lost because the database refused them")
			.register(meters);
	}

	/**
	 * Never blocks.
	 * @return whether the page view was taken; {@literal false} when the buffer is full
	 */
	boolean offer(LiveView view) {
		int size = waiting.incrementAndGet();
		if (size > capacity) {
			waiting.decrementAndGet();
			dropped.increment();
			return false;
		}
		buffer.offer(view);
		// each time another full batch is waiting, the writer is woken
		Thread current = worker;
		if (current != null && size % batchSize == 0) {
			LockSupport.unpark(current);
		}
		return true;
	}

	/**
	 * Writes everything waiting when called, batch by batch; what arrives meanwhile waits
	 * for the next time, so that a busy site does not keep the writer on a tail of small
	 * batches. A batch the database refuses is lost (and counted), not retried forever.
	 * @return how many page views were written
	 */
	int flush() {
		return write(waiting.get());
	}

	/**
	 * Writes whole batches only, what the writer does when a full batch wakes it: a busy
	 * site is written in few large transactions rather than in many small ones, each
	 * paying its own commit; the rest waits for the next second.
	 * @return how many page views were written
	 */
	int writeWholeBatches() {
		return write(waiting.get() / batchSize * batchSize);
	}

	/** Writes at most {@code most} page views, in batches. */
	private synchronized int write(int most) {
		int written = 0;
		int taken = 0;
		List<LiveView> batch = new ArrayList<>(batchSize);
		while (taken < most && drainTo(batch, Math.min(batchSize, most - taken)) > 0) {
			taken += batch.size();
			try {
				store.write(batch);
				written += batch.size();
			}
			catch (RuntimeException ex) {
				failed.increment(batch.size());
				log.warn("{} page views could not be written: {}", batch.size(), ex.getMessage());
			}
			batch.clear();
		}
		return written;
	}

	private int drainTo(List<LiveView> batch, int most) {
		int taken = 0;
		LiveView view;
		while (taken < most && (view = buffer.poll()) != null) {
			batch.add(view);
			taken++;
		}
		waiting.addAndGet(-taken);
		return taken;
	}

	int waiting() {
		return waiting.get();
	}

	double droppedCount() {
		return dropped.count();
	}

	/**
	 * Every second, writes everything waiting; in between, when woken by a full batch,
	 * writes the full batches only.
	 */
	private void work() {
		long due = System.nanoTime() + PERIOD_NANOS;
		while (running) {
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(this, wait);
			}
			if (!running) {
				return;
			}
			if (System.nanoTime() - due >= 0) {
				flush();
				due = System.nanoTime() + PERIOD_NANOS;
			}
			else {
				writeWholeBatches();
			}
		}
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::work, "audience-writer");
		thread.setDaemon(true);
		worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = worker;
		worker = null;
		if (thread != null) {
			LockSupport.unpark(thread);
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops after the web server (whose phases are just below the default), so that the
	 * last requests are in the buffer, and before the database goes away.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

}
