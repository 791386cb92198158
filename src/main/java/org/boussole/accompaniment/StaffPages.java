package org.boussole.accompaniment;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may open the assignment queue. The counselling pages as a whole
 * ({@code /conseil/**}) are limited to counsellors and structure admins by the security
 * rules; each dossier is then checked on its own.
 */
final class StaffPages {

	private StaffPages() {
	}

	static void requireStructureAdmin(CurrentUser user) {
		if (!user.has(Role.STRUCTURE_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
