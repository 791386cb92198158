package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KnownVisitorsTests {

	private static final ByteBuffer ANNE = ByteBuffer.wrap(new byte[] { 1 });

	private static final ByteBuffer BRUNO = ByteBuffer.wrap(new byte[] { 2 });

	@Test // #8
	void aVisitorStoredWithAnEarlierOrEqualTimeIsNotSentAgainButAnEarlierTimeIs() {
		KnownVisitors known = new KnownVisitors(10);
		known.stored(times(ANNE, 100L));

		Map<ByteBuffer, Long> later = times(ANNE, 150L);
		later.put(BRUNO, 150L);
		known.removeKnown(later);
		assertThat(later).containsOnlyKeys(BRUNO);

		Map<ByteBuffer, Long> same = times(ANNE, 100L);
		known.removeKnown(same);
		assertThat(same).isEmpty();

		Map<ByteBuffer, Long> earlier = times(ANNE, 90L);
		known.removeKnown(earlier);
		assertThat(earlier).containsEntry(ANNE, 90L);
		known.stored(earlier);
		Map<ByteBuffer, Long> between = times(ANNE, 95L);
		known.removeKnown(between);
		assertThat(between).isEmpty();
	}

	@Test // #8
	void theMemoryIsBoundedAndCanBeForgotten() {
		KnownVisitors known = new KnownVisitors(1);
		known.stored(times(ANNE, 100L));
		known.stored(times(BRUNO, 100L));
		assertThat(known.size()).isOne();
		Map<ByteBuffer, Long> anne = times(ANNE, 200L);
		known.removeKnown(anne);
		assertThat(anne).containsOnlyKeys(ANNE);

		known.forget();
		Map<ByteBuffer, Long> bruno = times(BRUNO, 200L);
		known.removeKnown(bruno);
		assertThat(bruno).containsOnlyKeys(BRUNO);
	}

	private static Map<ByteBuffer, Long> times(ByteBuffer visitor, long time) {
		Map<ByteBuffer, Long> times = new HashMap<>();
		times.put(visitor, time);
		return times;
	}

}
