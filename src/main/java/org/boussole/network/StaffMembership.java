package org.boussole.network;

import java.time.LocalDate;
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
 * A staff member (an account of the accounts module) belongs to a structure, with a role
 * there, since a date. A membership starts {@link Status#INVITED} and gives nothing until
 * the person accepts it.
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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private @Nullable UUID invitedBy;

	private boolean roleGiven;

	/** Where a membership stands. */
	enum Status {

		/** offered by an administrator, waiting for the person's answer: gives nothing */
		INVITED,
		/** accepted: the person works in the structure with that role */
		ACTIVE

	}

	protected StaffMembership() {
	}

	private StaffMembership(UUID accountId, Structure structure, StaffRole role, LocalDate since, Status status,
			@Nullable UUID invitedBy, boolean roleGiven) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.structure = structure;
		this.role = role;
		this.since = since;
		this.status = status;
		this.invitedBy = invitedBy;
		this.roleGiven = roleGiven;
	}

	/** A membership that holds at once (demo data, tests). */
	static StaffMembership active(UUID accountId, Structure structure, StaffRole role, LocalDate since) {
		return new StaffMembership(accountId, structure, role, since, Status.ACTIVE, null, true);
	}

	/**
	 * A membership offered to a person, which they must accept.
	 * @param roleGiven whether the person lacked the account role that goes with it
	 */
	static StaffMembership invitation(UUID accountId, Structure structure, StaffRole role, LocalDate today,
			UUID invitedBy, boolean roleGiven) {
		return new StaffMembership(accountId, structure, role, today, Status.INVITED, invitedBy, roleGiven);
	}

	/**
	 * The person accepts: the membership holds from that day.
	 * @throws IllegalStateException if it was already accepted
	 */
	void accept(LocalDate today) {
		if (status != Status.INVITED) {
			throw new IllegalStateException("Membership " + id + " is already " + status);
		}
		status = Status.ACTIVE;
		since = today;
	}

	boolean isActive() {
		return status == Status.ACTIVE;
	}

	/**
	 * @return whether joining gave the person the account role, so that leaving takes it
	 * back
	 */
	boolean gaveRole() {
		return roleGiven;
	}

	Status getStatus() {
		return status;
	}

	@Nullable UUID getInvitedBy() {
		return invitedBy;
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
