package org.boussole.content.guide;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.Author;
import org.boussole.content.editorial.EditorialRights;
import org.boussole.content.editorial.Revision;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revision history of a guide (who did what, when) and the restoration of an earlier
 * revision as the working copy.
 */
@Controller
@RequestMapping("/redaction/guides/{slug}/historique")
class GuideHistoryController {

	private final GuideManagement guides;

	private final EditorialRights rights;

	GuideHistoryController(GuideManagement guides, EditorialRights rights) {
		this.guides = guides;
		this.rights = rights;
	}

	@GetMapping
	String showHistory(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model) {
		Guide guide = editable(user, slug);
		model.addAttribute("guide", GuideViews.GuideRow.of(guide));
		model.addAttribute("revisions",
				guides.history(guide)
					.stream()
					.map(revision -> new RevisionRow(revision, revision.getAt().atZone(GuideManagement.ZONE)))
					.toList());
		return "content/editorial/history";
	}

	@PostMapping("/{number}/restaurer")
	String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable int number,
			RedirectAttributes redirect) {
		editable(user, slug);
		try {
			guides.restore(Author.of(user), slug, number);
			redirect.addFlashAttribute("flash", "content.editorial.restored");
			return "redirect:/redaction/guides/" + slug;
		}
		catch (IllegalArgumentException unknown) {
			throw GuideController.notFound();
		}
	}

	private Guide editable(CurrentUser user, String slug) {
		if (!rights.mayEditGuides(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!Guide.SLUG.matcher(slug).matches()) {
			throw GuideController.notFound();
		}
		return guides.find(slug).orElseThrow(GuideController::notFound);
	}

	/** A revision with its time in the editors' zone. */
	record RevisionRow(Revision revision, java.time.ZonedDateTime at) {

	}

}
