package org.boussole.audience;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * What a writer knows of the first times stored for visitors it sent: a visitor whose
 * stored first time is no later than a page view's cannot be changed by it, and need not
 * be sent again. Bounded: past {@code max} visitors the memory starts again (which only
 * costs sending some again). Times are in whatever unit the writer uses, the same for
 * all. Not thread-safe.
 */
final class KnownVisitors {

	private final int max;

	private final Map<ByteBuffer, Long> firstTimes = new HashMap<>();

	KnownVisitors(int max) {
		this.max = max;
	}

	/**
	 * Removes from {@code firstTimes} (a visitor's earliest time in what is being
	 * written) the visitors whose stored first time is known and no later.
	 */
	void removeKnown(Map<ByteBuffer, Long> firstTimes) {
		firstTimes.entrySet().removeIf(entry -> {
			Long known = this.firstTimes.get(entry.getKey());
			return known != null && known <= entry.getValue();
		});
	}

	/**
	 * Remembers first times now stored (once the transaction that sent them committed).
	 */
	void stored(Map<ByteBuffer, Long> firstTimes) {
		if (this.firstTimes.size() + firstTimes.size() > max) {
			this.firstTimes.clear();
		}
		firstTimes.forEach((visitor, time) -> this.firstTimes.merge(visitor, time, Math::min));
	}

	void forget() {
		firstTimes.clear();
	}

	int size() {
		return firstTimes.size();
	}

}
