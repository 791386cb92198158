package org.boussole.network;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person answers the invitations to join a team that are waiting for them:
 * nobody becomes staff of a structure without saying yes. Only the person invited sees or
 * answers an invitation (404 for anyone else).
 */
@Controller
class TeamInvitationController {

	private final StaffManagement staff;

	TeamInvitationController(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping(StaffManagement.INVITATIONS_PATH)
	String showInvitations(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("invitations", staff.invitationsOf(user));
		return "network/invitations";
	}

	@PostMapping(StaffManagement.INVITATIONS_PATH + "/{membershipId}/accepter")
	String processAcceptance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID membershipId,
			RedirectAttributes redirect) {
		staff.accept(user, membershipId);
		redirect.addFlashAttribute("flash", "network.invitations.accepted");
		return "redirect:" + StaffManagement.INVITATIONS_PATH;
	}

	@PostMapping(StaffManagement.INVITATIONS_PATH + "/{membershipId}/refuser")
	String processRefusal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID membershipId,
			RedirectAttributes redirect) {
		staff.decline(user, membershipId);
		redirect.addFlashAttribute("flash", "network.invitations.declined");
		return "redirect:" + StaffManagement.INVITATIONS_PATH;
	}

}
