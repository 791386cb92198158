package org.boussole.accompaniment.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NoteTests {

	private final Instant now = Instant.parse("2026-05-04T08:00:00Z");

	@Test // #5
	void keepsLineBreaksAndScriptAsPlainTextTrimmed() {
		Note note = Note.write(UUID.randomUUID(), UUID.randomUUID(), true, "  <script>x</script>\nLigne 2\n\n", now);
		assertThat(note.getBody()).isEqualTo("<script>x</script>\nLigne 2");
		assertThat(note.isShared()).isTrue();
		assertThat(note.getWrittenAt()).isEqualTo(now);
	}

	@Test // #5
	void refusesEmptyAndOverLongTexts() {
		assertThat(Note.textProblem(null)).isEqualTo("accompaniment.note.error.text.required");
		assertThat(Note.textProblem(" \n ")).isEqualTo("accompaniment.note.error.text.required");
		assertThat(Note.textProblem("é".repeat(10_000))).isNull();
		assertThat(Note.textProblem("é".repeat(10_001))).isEqualTo("accompaniment.note.error.text.tooLong");
		// a character outside the basic plane counts once
		assertThat(Note.textProblem("😀".repeat(10_000))).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Note.write(UUID.randomUUID(), UUID.randomUUID(), false, "", now));
	}

	@Test // #5
	void aNoteIsPrivateUnlessSharingIsChosen() {
		NoteForm form = NoteForm.empty();
		assertThat(form.isShared()).isFalse();
		form.setVisibility("shared");
		assertThat(form.isShared()).isFalse();
		form.setVisibility("SHARED");
		assertThat(form.isShared()).isTrue();
	}

}
