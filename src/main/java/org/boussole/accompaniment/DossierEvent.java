package org.boussole.accompaniment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entry of a dossier's timeline: what changed, when, and who did it (nobody for
 * Boussole itself).
 */
@Entity
@Table(name = "dossier_event", schema = "accompaniment")
class DossierEvent {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DossierEventType type;

	@Column(nullable = false)
	private Instant at;

	private @Nullable UUID actorId;

	private @Nullable UUID referentId;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable String note;

	protected DossierEvent() {
	}

	DossierEvent(Dossier dossier, DossierEventType type, Instant at, @Nullable UUID actorId, @Nullable UUID referentId,
			@Nullable Outcome outcome, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.dossier = dossier;
		this.type = type;
		this.at = at;
		this.actorId = actorId;
		this.referentId = referentId;
		this.outcome = outcome;
		this.note = note;
	}

	/** Erases the free text of the entry (handover or closing note). */
	void eraseNote() {
		note = null;
	}

	UUID getId() {
		return id;
	}

	DossierEventType getType() {
		return type;
	}

	Instant getAt() {
		return at;
	}

	@Nullable UUID getActorId() {
		return actorId;
	}

	@Nullable UUID getReferentId() {
		return referentId;
	}

	@Nullable Outcome getOutcome() {
		return outcome;
	}

	@Nullable String getNote() {
		return note;
	}

}
