package org.boussole.network;

import java.time.LocalDate;
import java.util.UUID;

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
 * A staff member (an account of the accounts module) belongs to a structure, with a role
 * there, since a date.
 */
@Entity
@Table(name = "staff_membership", schema = "network")
class StaffMembership {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID accountId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "structure_id", nullable = false)
	private Structure structure;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StaffRole role;

	@Column(nullable = false)
	private LocalDate since;

	protected StaffMembership() {
	}

	StaffMembership(UUID accountId, Structure structure, StaffRole role, LocalDate since) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.structure = structure;
		this.role = role;
		this.since = since;
	}

	/**
	 * @return whether this membership lets its holder manage the structure
	 */
	boolean grantsAdministration() {
		return role == StaffRole.STRUCTURE_ADMIN;
	}

	UUID getId() {
		return id;
	}

	UUID getAccountId() {
		return accountId;
	}

	Structure getStructure() {
		return structure;
	}

	StaffRole getRole() {
		return role;
	}

	LocalDate getSince() {
		return since;
	}

}
