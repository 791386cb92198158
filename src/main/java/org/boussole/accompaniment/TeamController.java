package org.boussole.accompaniment;

import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team of the structures a person administers: each counsellor's load, a link to each
 * one's caseload, and the log of staff access to the structures' dossiers. Structure
 * admins only (403 for anyone else).
 */
@Controller
class TeamController {

	static final String PATH = "/conseil/equipe";

	private final TeamViews views;

	TeamController(TeamViews views) {
		this.views = views;
	}

	@GetMapping(PATH)
	String showTeam(@AuthenticationPrincipal CurrentUser user, Model model) {
		StaffPages.requireStructureAdmin(user);
		model.addAttribute("teams", views.team(user));
		return "accompaniment/team";
	}

	@GetMapping(PATH + "/acces")
	String showAccessLog(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable String page, Model model) {
		StaffPages.requireStructureAdmin(user);
		model.addAttribute("log", views.accessLog(user, CaseloadFilter.of(null, null, null, null, page).page()));
		return "accompaniment/team-access";
	}

}
