package org.boussole.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, the two doors of the site, and the legal pages of the footer. */
@Controller
class SiteController {

	@GetMapping("/")
	String showHome() {
		return "system/home";
	}

	@GetMapping("/s-informer")
	String showInform() {
		return "system/inform";
	}

	@GetMapping("/etre-accompagne")
	String showAccompaniment() {
		return "system/accompaniment";
	}

	@GetMapping("/sources")
	String showSources() {
		return "system/sources";
	}

	@GetMapping("/confidentialite")
	String showPrivacy() {
		return "system/privacy";
	}

	@GetMapping("/mentions-legales")
	String showLegalNotice() {
		return "system/legal";
	}

	@GetMapping("/accessibilite")
	String showAccessibility() {
		return "system/accessibility";
	}

}
