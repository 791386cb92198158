package org.boussole.accompaniment.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MessageTests {

	private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

	private static Message write(String text) {
		return Message.write(UUID.randomUUID(), UUID.randomUUID(), true, text, UUID.randomUUID(), true, NOW);
	}

	@Test // #5
	void keepsTheTextTrimmedWithItsLineBreaksAndMarkup() {
		Message message = write("  Bonjour,\n\n<script>alert(1)</script>\n  ");
		assertThat(message.getBody()).isEqualTo("Bonjour,\n\n<script>alert(1)</script>");
		assertThat(message.getSentAt()).isEqualTo(NOW);
		assertThat(message.getReadAt()).isNull();
	}

	@Test // #5
	void refusesAnEmptyOrOverlongText() {
		assertThatIllegalArgumentException().isThrownBy(() -> write("   \n "));
		assertThatIllegalArgumentException().isThrownBy(() -> write("a".repeat(5001)));
		assertThat(write("a".repeat(5000)).getBody()).hasSize(5000);
		assertThat(Message.textProblem(null)).isEqualTo("accompaniment.message.error.text.required");
		assertThat(Message.textProblem(" " + "é".repeat(5001))).isEqualTo("accompaniment.message.error.text.tooLong");
		assertThat(Message.textProblem("  ok  ")).isNull();
	}

	@Test // #5
	void remembersOnlyTheFirstReading() {
		Message message = write("Bonjour");
		message.markRead(NOW.plusSeconds(60));
		message.markRead(NOW.plusSeconds(120));
		assertThat(message.getReadAt()).isEqualTo(NOW.plusSeconds(60));
	}

}
