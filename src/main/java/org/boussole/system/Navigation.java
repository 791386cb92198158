package org.boussole.system;

import java.util.Set;

/**
 * The account links of the site header for the person viewing the page.
 *
 * @param authenticated a person is signed in, possibly half-way through two-factor
 * authentication (they may sign out)
 * @param signedIn a person is signed in with a role (their account pages are open)
 * @param beneficiary they follow their own accompaniment
 * @param caseload they follow dossiers (counsellor or structure admin)
 * @param queue they assign the new requests of a structure
 * @param admin they administer a structure or the network
 * @param editorial they write content (editor or network admin)
 */
record Navigation(boolean authenticated, boolean signedIn, boolean beneficiary, boolean caseload, boolean queue,
		boolean admin, boolean editorial) {

	static final Navigation ANONYMOUS = new Navigation(false, false, false, false, false, false, false);

	static Navigation of(Set<String> authorities) {
		boolean structureAdmin = authorities.contains("ROLE_STRUCTURE_ADMIN");
		boolean networkAdmin = authorities.contains("ROLE_NETWORK_ADMIN");
		boolean signedIn = authorities.stream().anyMatch(authority -> authority.startsWith("ROLE_"));
		return new Navigation(true, signedIn, authorities.contains("ROLE_BENEFICIARY"),
				structureAdmin || authorities.contains("ROLE_COUNSELLOR"), structureAdmin,
				structureAdmin || networkAdmin, networkAdmin || authorities.contains("ROLE_EDITOR"));
	}

}
