package org.boussole.accompaniment;

import org.boussole.accounts.CurrentUser;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue of new requests of the structures a person administers: assign each to a
 * counsellor of the structure, or let the structure assign them automatically to the
 * counsellor with the lightest caseload.
 */
@Controller
class QueueController {

	static final String PATH = "/conseil/file";

	private final DossierViews views;

	private final DossierManagement dossiers;

	QueueController(DossierViews views, DossierManagement dossiers) {
		this.views = views;
		this.dossiers = dossiers;
	}

	@GetMapping(PATH)
	String showQueue(@AuthenticationPrincipal CurrentUser user, Model model) {
		StaffPages.requireStructureAdmin(user);
		model.addAttribute("queues", views.queue(user));
		return "accompaniment/queue";
	}

	@PostMapping(PATH + "/{structureId}/reglage")
	String processSetting(@AuthenticationPrincipal CurrentUser user, @PathVariable String structureId,
			@RequestParam(required = false) @Nullable String automatic, RedirectAttributes redirect) {
		StaffPages.requireStructureAdmin(user);
		dossiers.setAutomaticAssignment(user, Ids.require(structureId), "true".equals(automatic));
		redirect.addFlashAttribute("flash", "accompaniment.queue.settingSaved");
		return "redirect:" + PATH;
	}

	@PostMapping("/conseil/dossiers/{id}/attribuer")
	String processAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String counsellorId, RedirectAttributes redirect) {
		StaffPages.requireStructureAdmin(user);
		try {
			dossiers.assign(user, Ids.require(id), Ids.parse(counsellorId));
			redirect.addFlashAttribute("flash", "accompaniment.queue.assigned");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.queue.error.counsellor");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.queue.error.notRequested");
		}
		return "redirect:" + PATH;
	}

}
