package org.boussole.content.guide;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.EditorialRights;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' home, listing the guides with their status, and the freshness page,
 * listing the published guides due for review.
 */
@Controller
class EditorialController {

	private final GuideManagement guides;

	private final EditorialRights rights;

	EditorialController(GuideManagement guides, EditorialRights rights) {
		this.guides = guides;
		this.rights = rights;
	}

	@GetMapping("/redaction")
	String showHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean guideEditor = rights.mayEditGuides(user);
		model.addAttribute("guideEditor", guideEditor);
		model.addAttribute("guides", guideEditor ? guides.all() : java.util.List.of());
		return "content/editorial/home";
	}

	@GetMapping("/redaction/fraicheur")
	String showFreshness(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!rights.mayEditGuides(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("guides", guides.dueForReview());
		model.addAttribute("months", GuideManagement.FRESHNESS_MONTHS);
		return "content/editorial/freshness";
	}

}
