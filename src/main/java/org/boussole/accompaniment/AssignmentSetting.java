package org.boussole.accompaniment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How one structure assigns its new dossiers: by its admin from the queue, or
 * automatically at request time.
 */
@Entity
@Table(name = "assignment_setting", schema = "accompaniment")
class AssignmentSetting {

	@Id
	private UUID structureId;

	private boolean automatic;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private UUID updatedBy;

	protected AssignmentSetting() {
	}

	AssignmentSetting(UUID structureId, boolean automatic, UUID updatedBy, Instant now) {
		this.structureId = structureId;
		change(automatic, updatedBy, now);
	}

	void change(boolean automatic, UUID updatedBy, Instant now) {
		this.automatic = automatic;
		this.updatedBy = updatedBy;
		this.updatedAt = now;
	}

	UUID getStructureId() {
		return structureId;
	}

	boolean isAutomatic() {
		return automatic;
	}

}
