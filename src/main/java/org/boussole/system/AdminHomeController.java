package org.boussole.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entry of the administration: links to the sections that the person's roles open.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String showAdminHome() {
		return "system/admin";
	}

}
