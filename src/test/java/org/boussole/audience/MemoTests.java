package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MemoTests {

	@Test // #8
	void anAnswerIsComputedOnceAndTheMemoStartsAgainWhenFull() {
		AtomicInteger calls = new AtomicInteger();
		Memo<String, Integer> lengths = new Memo<>(2, key -> {
			calls.incrementAndGet();
			return key.length();
		});
		assertThat(lengths.get("abc")).isEqualTo(3);
		assertThat(lengths.get("abc")).isEqualTo(3);
		assertThat(calls).hasValue(1);
		lengths.get("de");
		assertThat(lengths.size()).isEqualTo(2);

		assertThat(lengths.get("f")).isOne();
		assertThat(lengths.size()).isOne();
		assertThat(lengths.get("abc")).isEqualTo(3);
		assertThat(calls).hasValue(4);
	}

}
