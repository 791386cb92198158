package org.boussole.content;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * An immutable value read on first use and kept until it is cleared or too old (another
 * node's import shows here within that time).
 */
final class Snapshot<T> {

	private record Loaded<T>(T value, long at) {
	}

	private final Supplier<T> reader;

	private final long maxAgeNanos;

	private volatile @Nullable Loaded<T> loaded;

	Snapshot(Supplier<T> reader, Duration maxAge) {
		this.reader = reader;
		this.maxAgeNanos = maxAge.toNanos();
	}

	T get() {
		Loaded<T> current = loaded;
		if (current != null && System.nanoTime() - current.at() < maxAgeNanos) {
			return current.value();
		}
		return load();
	}

	void clear() {
		loaded = null;
	}

	private synchronized T load() {
		Loaded<T> current = loaded;
		if (current != null && System.nanoTime() - current.at() < maxAgeNanos) {
			return current.value(); // loaded by another thread meanwhile
		}
		Loaded<T> fresh = new Loaded<>(reader.get(), System.nanoTime());
		loaded = fresh;
		return fresh.value();
	}

}
