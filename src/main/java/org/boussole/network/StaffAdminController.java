package org.boussole.network;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff of one structure: list, invite by e-mail (the person accepts), remove a
 * membership (a counsellor's dossiers go to another counsellor or back to the queue).
 */
@Controller
@RequestMapping("/admin/reseau/structures/{structureId}/equipe")
class StaffAdminController {

	private static final String VIEW = "network/admin/staff";

	private final NetworkAdministration admin;

	private final StaffManagement staff;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final AccountNames names;

	StaffAdminController(NetworkAdministration admin, StaffManagement staff, NetworkManagement network,
			AccountManagement accounts, AccountNames names) {
		this.admin = admin;
		this.staff = staff;
		this.network = network;
		this.accounts = accounts;
		this.names = names;
	}

	/** A counsellor who may take over the dossiers of one who leaves. */
	record Successor(UUID accountId, String displayName) {
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
			boolean added = staff.inviteStaff(user, structureId, form.getEmail(), form.getDisplayName(), form.getRole(),
					locale);
			redirect.addFlashAttribute("flash", added ? "network.staff.invited" : "network.staff.alreadyMember");
			return "redirect:" + path(structureId);
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return show(user, structureId, model);
		}
	}

	@GetMapping("/{membershipId}/retirer")
	String confirmRemoval(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID membershipId, Model model) {
		StaffManagement.StaffMember member = staff.member(user, structureId, membershipId);
		model.addAttribute("structure", admin.structure(user, structureId));
		model.addAttribute("member", member);
		model.addAttribute("successors", successors(structureId, member.accountId()));
		model.addAttribute("maxNote", StaffManagement.MAX_NOTE);
		return "network/admin/staff-removal";
	}

	@PostMapping("/{membershipId}/retirer")
	String removeMembership(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID membershipId, @RequestParam(required = false) @Nullable String handoverTo,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		try {
			UUID successor = handoverTo == null || handoverTo.isBlank() ? null : Ids.parse(handoverTo);
			if (handoverTo != null && !handoverTo.isBlank() && successor == null) {
				throw new FormProblem("handoverTo", "network.staff.error.handoverTo");
			}
			staff.removeMembership(user, structureId, membershipId, successor, note);
			redirect.addFlashAttribute("flash", "network.staff.removed");
			return "redirect:" + path(structureId);
		}
		catch (FormProblem problem) {
			if ("membership".equals(problem.field())) {
				redirect.addFlashAttribute("flashError", problem.messageKey());
				return "redirect:" + path(structureId);
			}
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemField", problem.field());
			model.addAttribute("handoverTo", handoverTo);
			model.addAttribute("note", note);
			return confirmRemoval(user, structureId, membershipId, model);
		}
	}

	private List<Successor> successors(UUID structureId, UUID leaving) {
		List<UUID> counsellors = network.counsellorsOf(structureId).stream().filter(id -> !id.equals(leaving)).toList();
		return accounts.findAll(counsellors)
			.stream()
			.map(account -> new Successor(account.id(), names.of(account)))
			.sorted(Comparator.comparing(Successor::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private String show(CurrentUser user, UUID structureId, Model model) {
		model.addAttribute("structure", admin.structure(user, structureId));
		model.addAttribute("members", staff.staff(user, structureId));
		model.addAttribute("roles", StaffRole.values());
		return VIEW;
	}

	private static String path(UUID structureId) {
		return "/admin/reseau/structures/" + structureId + "/equipe";
	}

}
