package org.boussole.accompaniment;

import java.util.UUID;

import org.boussole.accompaniment.message.UnreadMessages;
import org.boussole.accounts.CurrentUser;
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
 * A counsellor's caseload and the dossier page: request, timeline, closing with an
 * outcome, reopening, and for the structure's admins the change of referent and the
 * access log. Anyone else than the referent and the admins of the dossier's structure is
 * told the dossier does not exist.
 */
@Controller
class CaseloadController {

	static final String PATH = "/conseil/dossiers";

	private final DossierViews views;

	private final DossierManagement dossiers;

	private final UnreadMessages unread;

	CaseloadController(DossierViews views, DossierManagement dossiers, UnreadMessages unread) {
		this.views = views;
		this.dossiers = dossiers;
		this.unread = unread;
	}

	@GetMapping(PATH)
	String showCaseload(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("caseload", views.caseload(user));
		model.addAttribute("unread", unread.forReferent(user.id()));
		return "accompaniment/caseload";
	}

	@GetMapping(PATH + "/{id}")
	String showDossier(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "historique", required = false) @Nullable String history, Model model) {
		UUID dossierId = Ids.require(id);
		DossierViews.StaffDossierView dossier = views.staffDossier(user, dossierId);
		model.addAttribute("dossier", dossier);
		// a long timeline shows its latest entries, and the whole history on demand
		model.addAttribute("timeline", TimelinePage.of(dossier.timeline(), "tout".equals(history)));
		model.addAttribute("unreadMessages", unread.forStaff(dossierId));
		return "accompaniment/dossier";
	}

	@PostMapping(PATH + "/{id}/cloturer")
	String processClosing(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			dossiers.close(user, Ids.require(id), outcome(outcome), note);
			redirect.addFlashAttribute("flash", "accompaniment.dossier.closed");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.dossier.error.close");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.dossier.error.status");
		}
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/rouvrir")
	String processReopening(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		try {
			dossiers.reopen(user, Ids.require(id));
			redirect.addFlashAttribute("flash", "accompaniment.dossier.reopened");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.dossier.error.status");
		}
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/referent")
	String processReferentChange(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String counsellorId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		StaffPages.requireStructureAdmin(user);
		try {
			dossiers.changeReferent(user, Ids.require(id), Ids.parse(counsellorId), note);
			redirect.addFlashAttribute("flash", "accompaniment.dossier.referentChanged");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.dossier.error.handover");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.dossier.error.status");
		}
		return "redirect:" + PATH + "/" + id;
	}

	private static @Nullable Outcome outcome(@Nullable String text) {
		for (Outcome outcome : Outcome.values()) {
			if (outcome.name().equals(text)) {
				return outcome;
			}
		}
		return null;
	}

}
