package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Another node sharing the index learns of an editor's change of synonyms within the
 * reload delay, without a restart.
 */
class SynonymsReloadTests {

	/** A clock that tests move forward. */
	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-01-05T09:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test // #4
	void theListIsReadAgainAfterTheReloadDelay() {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		Synonyms.Synonym cpf = new Synonyms.Synonym(1, "CPF", List.of("compte personnel de formation"));
		Synonyms.Synonym vae = new Synonyms.Synonym(2, "VAE", List.of("validation des acquis"));
		when(jdbc.query(anyString(), any(RowMapper.class))).thenReturn(List.of(cpf), List.of(cpf, vae));
		MovingClock clock = new MovingClock();
		Synonyms synonyms = new Synonyms(jdbc, clock, Duration.ofMinutes(1));

		assertThat(synonyms.all()).containsExactly(cpf);
		clock.now = clock.now.plusSeconds(59);
		assertThat(synonyms.all()).containsExactly(cpf);
		verify(jdbc, times(1)).query(anyString(), any(RowMapper.class));

		clock.now = clock.now.plusSeconds(2);
		assertThat(synonyms.all()).containsExactly(cpf, vae);
		verify(jdbc, times(2)).query(anyString(), any(RowMapper.class));
	}

}
