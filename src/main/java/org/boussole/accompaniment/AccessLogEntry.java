package org.boussole.accompaniment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One access of a staff member to a dossier: who, when, what. Shown to the admins of the
 * dossier's structure.
 */
@Entity
@Table(name = "access_log", schema = "accompaniment")
class AccessLogEntry {

	/** What the staff member did with the dossier. */
	enum Action {

		VIEW, ASSIGN, CHANGE_REFERENT, CLOSE, REOPEN, READ_MESSAGES, SEND_MESSAGE, DOWNLOAD, WRITE_NOTE;

		public String messageKey() {
			return "accompaniment.access." + name();
		}

	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private UUID structureId;

	@Column(nullable = false)
	private UUID actorId;

	@Column(nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Action action;

	protected AccessLogEntry() {
	}

	AccessLogEntry(Dossier dossier, UUID actorId, Action action, Instant at) {
		this.id = UUID.randomUUID();
		this.dossierId = dossier.getId();
		this.structureId = dossier.getStructureId();
		this.actorId = actorId;
		this.action = action;
		this.at = at;
	}

	UUID getDossierId() {
		return dossierId;
	}

	UUID getActorId() {
		return actorId;
	}

	Instant getAt() {
		return at;
	}

	Action getAction() {
		return action;
	}

}
