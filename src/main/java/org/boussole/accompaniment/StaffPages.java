package org.boussole.accompaniment;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may open the counsellors' pages at all; each dossier is then checked on its own.
 */
final class StaffPages {

	private StaffPages() {
	}

	static void requireCounsellorOrStructureAdmin(CurrentUser user) {
		if (!user.has(Role.COUNSELLOR) && !user.has(Role.STRUCTURE_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	static void requireStructureAdmin(CurrentUser user) {
		if (!user.has(Role.STRUCTURE_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
