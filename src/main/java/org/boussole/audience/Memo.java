package org.boussole.audience;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a function for keys that come back all the time (User-Agents, visitor
 * ids), read on every measured page view: a plain concurrent map, which starts again when
 * it holds {@code max} answers. Reading it costs a hash and a comparison, without the
 * bookkeeping of a cache with an eviction policy, which the profile of a busy page showed
 * to cost more than the measurement it served.
 */
final class Memo<K, V> {

	private final int max;

	private final Function<K, V> function;

	private final ConcurrentHashMap<K, V> answers = new ConcurrentHashMap<>();

	Memo(int max, Function<K, V> function) {
		this.max = max;
		this.function = function;
	}

	V get(K key) {
		V answer = answers.get(key);
		if (answer == null) {
			answer = function.apply(key);
			if (answers.size() >= max) {
				answers.clear();
			}
			answers.put(key, answer);
		}
		return answer;
	}

	int size() {
		return answers.size();
	}

}
