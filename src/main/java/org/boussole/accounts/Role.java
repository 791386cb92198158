package org.boussole.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in Boussole. A person may hold several roles (a counsellor who is
 * also an editor).
 */
public enum Role {

	/** An adult who opens a dossier and is accompanied. */
	BENEFICIARY,
	/** Runs a caseload of dossiers. */
	COUNSELLOR,
	/** Writes and reviews the information content. */
	EDITOR,
	/** Manages one structure (a centre): its sites, staff and figures. */
	STRUCTURE_ADMIN,
	/** Manages the whole network. */
	NETWORK_ADMIN,
	/** Sees aggregated figures only, never a person. */
	FUNDER;

	/** The roles that only an administrator can give, by invitation. */
	public static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(BENEFICIARY));

	/**
	 * @return the Spring Security authority of this role, e.g. {@code ROLE_COUNSELLOR}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != BENEFICIARY;
	}

	/**
	 * @return the message key of the role's name
	 */
	public String messageKey() {
		return "accounts.role." + name();
	}

}
