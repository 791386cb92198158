package org.boussole.accompaniment;

import java.util.UUID;

import org.boussole.accompaniment.message.UnreadMessages;
import org.boussole.accompaniment.note.NoteForm;
import org.boussole.accompaniment.note.NoteViews;
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

	private final CaseloadViews caseloads;

	private final NoteViews notes;

	CaseloadController(DossierViews views, DossierManagement dossiers, UnreadMessages unread, CaseloadViews caseloads,
			NoteViews notes) {
		this.views = views;
		this.dossiers = dossiers;
		this.unread = unread;
		this.caseloads = caseloads;
		this.notes = notes;
	}

	/**
	 * The caseload as a plain GET form: search, status, needs action, order, page; an
	 * admin may add {@code conseiller} to see the caseload of a counsellor of their
	 * structures.
	 */
	@GetMapping(PATH)
	String showCaseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String statut,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String tri, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String conseiller, Model model) {
		CaseloadFilter filter = CaseloadFilter.of(q, statut, action, tri, page);
		model.addAttribute("caseload", caseloads.caseload(caseloads.scope(user, conseiller), filter));
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
		// the access was checked once, with the dossier: the notes reuse it
		model.addAttribute("notes", notes.forStaff(dossier.participant()));
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", NoteForm.empty());
		}
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
