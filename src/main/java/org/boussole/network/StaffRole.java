package org.boussole.network;

import org.boussole.accounts.Role;

/** What a staff member does in one structure. */
public enum StaffRole {

	/** Follows the dossiers assigned to them in this structure. */
	COUNSELLOR(Role.COUNSELLOR),
	/** Manages the structure: its sites and staff. */
	STRUCTURE_ADMIN(Role.STRUCTURE_ADMIN),
	/** Writes the events (workshops, information sessions) of this structure. */
	EDITOR(Role.EDITOR);

	private final Role accountRole;

	StaffRole(Role accountRole) {
		this.accountRole = accountRole;
	}

	/**
	 * @return the account role that goes with it, never {@literal null}
	 */
	public Role accountRole() {
		return accountRole;
	}

	public String messageKey() {
		return "network.staffRole." + name();
	}

}
