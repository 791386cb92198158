package org.boussole.accompaniment;

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

	BeneficiarySpaceController(DossierViews views) {
		this.views = views;
	}

	@GetMapping(RequestController.SPACE_PATH)
	String showSpace(@AuthenticationPrincipal CurrentUser user, Model model) {
		// only the dossiers of the person logged in: there is no id to choose in this
		// address
		model.addAttribute("dossier", views.beneficiarySpace(user));
		return "accompaniment/space";
	}

}
