package org.boussole.content.editorial;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step in the history of a guide or an event: who did what, when, and the full
 * content as it stood after that step (JSON), so that any step can be read back and
 * restored.
 */
@Entity
@Table(name = "revision", schema = "content")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private EditorialItem itemKind;

	private UUID itemId;

	private int number;

	private @Nullable UUID authorId;

	private String authorName;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private RevisionAction action;

	private String snapshot;

	@SuppressWarnings("NullAway.Init")
	protected Revision() {
		// for JPA
	}

	Revision(EditorialItem itemKind, UUID itemId, int number, Author author, Instant at, RevisionAction action,
			String snapshot) {
		this.itemKind = itemKind;
		this.itemId = itemId;
		this.number = number;
		this.authorId = author.id();
		this.authorName = author.name();
		this.at = at;
		this.action = action;
		this.snapshot = snapshot;
	}

	public EditorialItem getItemKind() {
		return itemKind;
	}

	public UUID getItemId() {
		return itemId;
	}

	public int getNumber() {
		return number;
	}

	public @Nullable UUID getAuthorId() {
		return authorId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getAt() {
		return at;
	}

	public RevisionAction getAction() {
		return action;
	}

	/**
	 * @return the content after this step, as JSON
	 */
	public String getSnapshot() {
		return snapshot;
	}

}
