package org.boussole.accompaniment;

import java.util.List;

import org.boussole.accompaniment.message.UnreadMessages;
import org.boussole.accompaniment.note.NoteViews;
import org.boussole.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The beneficiary's own space: their dossier, their referent and how to reach them, what
 * comes next, the timeline.
 */
@Controller
class BeneficiarySpaceController {

	private final DossierViews views;

	private final UnreadMessages unread;

	private final NoteViews notes;

	BeneficiarySpaceController(DossierViews views, UnreadMessages unread, NoteViews notes) {
		this.views = views;
		this.unread = unread;
		this.notes = notes;
	}

	@GetMapping(RequestController.SPACE_PATH)
	String showSpace(@AuthenticationPrincipal CurrentUser user, Model model) {
		// only the dossiers of the person logged in: there is no id to choose in this
		// address
		DossierViews.BeneficiaryView dossier = views.beneficiarySpace(user);
		model.addAttribute("dossier", dossier);
		model.addAttribute("unreadMessages", dossier == null ? 0L : unread.forBeneficiary(dossier.id()));
		// the summaries shared with them; private notes never reach this page
		model.addAttribute("summaries", dossier == null ? List.of() : notes.summariesFor(user, dossier.id()));
		return "accompaniment/space";
	}

}
