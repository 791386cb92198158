package org.boussole.network;

import java.util.Locale;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff of one structure: list, invite by e-mail, remove a membership. */
@Controller
@RequestMapping("/admin/reseau/structures/{structureId}/equipe")
class StaffAdminController {

	private static final String VIEW = "network/admin/staff";

	private final NetworkAdministration admin;

	StaffAdminController(NetworkAdministration admin) {
		this.admin = admin;
	}

	@GetMapping
	String showStaff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId, Model model) {
		model.addAttribute("form", new StaffInvitationForm());
		return show(user, structureId, model);
	}

	@PostMapping
	String processInvitation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@Validated @ModelAttribute("form") StaffInvitationForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		admin.structure(user, structureId);
		if (result.hasErrors()) {
			return show(user, structureId, model);
		}
		try {
			boolean added = admin.inviteStaff(user, structureId, form.getEmail(), form.getDisplayName(), form.getRole(),
					locale);
			redirect.addFlashAttribute("flash", added ? "network.staff.invited" : "network.staff.alreadyMember");
			return "redirect:/admin/reseau/structures/" + structureId + "/equipe";
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return show(user, structureId, model);
		}
	}

	@PostMapping("/{membershipId}/retirer")
	String removeMembership(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID membershipId, RedirectAttributes redirect) {
		try {
			admin.removeMembership(user, structureId, membershipId);
			redirect.addFlashAttribute("flash", "network.staff.removed");
		}
		catch (FormProblem problem) {
			redirect.addFlashAttribute("flashError", problem.messageKey());
		}
		return "redirect:/admin/reseau/structures/" + structureId + "/equipe";
	}

	private String show(CurrentUser user, UUID structureId, Model model) {
		model.addAttribute("structure", admin.structure(user, structureId));
		model.addAttribute("members", admin.staff(user, structureId));
		model.addAttribute("roles", StaffRole.values());
		return VIEW;
	}

}
