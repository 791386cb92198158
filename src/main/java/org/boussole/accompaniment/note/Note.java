package org.boussole.accompaniment.note;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A text a staff member wrote in a dossier, dated and attributed: a private note, seen by
 * the team only (the referent and the structure's admins), or a shared summary, seen by
 * the beneficiary too. Stored as plain text with its line breaks, escaped on output, and
 * never edited: a correction is a new note.
 */
@Entity
@Table(name = "note", schema = "accompaniment")
class Note {

	static final int MAX_TEXT = 10_000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID authorId;

	private boolean shared;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant writtenAt;

	/**
	 * whether the text was erased (its person closed their account); the text is then
	 * empty
	 */
	private boolean erased;

	protected Note() {
	}

	private Note(UUID dossierId, UUID authorId, boolean shared, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.authorId = authorId;
		this.shared = shared;
		this.body = body;
		this.writtenAt = now;
	}

	/**
	 * @param text as typed: trimmed, line breaks kept
	 * @throws IllegalArgumentException when the trimmed text is empty or longer than
	 * {@value #MAX_TEXT} characters
	 */
	static Note write(UUID dossierId, UUID authorId, boolean shared, @Nullable String text, Instant now) {
		String problem = textProblem(text);
		if (problem != null || text == null) {
			throw new IllegalArgumentException(problem);
		}
		return new Note(dossierId, authorId, shared, text.strip(), now);
	}

	/**
	 * @return the message key of what is wrong with the text, or {@literal null} when it
	 * will do
	 */
	static @Nullable String textProblem(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "accompaniment.note.error.text.required";
		}
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
			return "accompaniment.note.error.text.tooLong";
		}
		return null;
	}

	UUID getId() {
		return id;
	}

	UUID getDossierId() {
		return dossierId;
	}

	UUID getAuthorId() {
		return authorId;
	}

	boolean isShared() {
		return shared;
	}

	String getBody() {
		return body;
	}

	boolean isErased() {
		return erased;
	}

	Instant getWrittenAt() {
		return writtenAt;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Note note && Objects.equals(id, note.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
