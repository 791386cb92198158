package org.boussole.network;

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

/**
 * Administration of the structures: a network administrator creates, edits and
 * deactivates them; a structure administrator sees the structures they manage.
 */
@Controller
@RequestMapping("/admin/reseau")
class StructureAdminController {

	private static final String FORM = "network/admin/structure-form";

	private final NetworkAdministration admin;

	StructureAdminController(NetworkAdministration admin) {
		this.admin = admin;
	}

	@GetMapping
	String listStructures(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("structures", admin.visibleStructures(user));
		model.addAttribute("networkAdmin", NetworkAdministration.isNetworkAdmin(user));
		return "network/admin/structures";
	}

	@GetMapping("/structures/{structureId}")
	String showStructure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId, Model model) {
		model.addAttribute("structure", admin.structure(user, structureId));
		model.addAttribute("sites", admin.sitesOf(user, structureId));
		model.addAttribute("networkAdmin", NetworkAdministration.isNetworkAdmin(user));
		return "network/admin/structure";
	}

	@GetMapping("/structures/nouvelle")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		NetworkAdministration.requireNetworkAdmin(user);
		model.addAttribute("form", new StructureForm());
		return FORM;
	}

	@PostMapping("/structures")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("form") StructureForm form, BindingResult result, RedirectAttributes redirect) {
		NetworkAdministration.requireNetworkAdmin(user);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			UUID id = admin.createStructure(user, form.getName(), form.getCountry(), form.getContactEmail());
			redirect.addFlashAttribute("flash", "network.structure.created");
			return "redirect:/admin/reseau/structures/" + id;
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
	}

	@GetMapping("/structures/{structureId}/modifier")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId, Model model) {
		NetworkAdministration.requireNetworkAdmin(user);
		Structure structure = admin.structure(user, structureId);
		model.addAttribute("structure", structure);
		model.addAttribute("form", StructureForm.of(structure));
		return FORM;
	}

	@PostMapping("/structures/{structureId}/modifier")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@Validated @ModelAttribute("form") StructureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkAdministration.requireNetworkAdmin(user);
		model.addAttribute("structure", admin.structure(user, structureId));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			admin.updateStructure(user, structureId, form.getName(), form.getCountry(), form.getContactEmail());
			redirect.addFlashAttribute("flash", "network.structure.updated");
			return "redirect:/admin/reseau/structures/" + structureId;
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
	}

	@PostMapping("/structures/{structureId}/desactiver")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			RedirectAttributes redirect) {
		admin.setStructureActive(user, structureId, false);
		redirect.addFlashAttribute("flash", "network.structure.deactivated");
		return "redirect:/admin/reseau/structures/" + structureId;
	}

	@PostMapping("/structures/{structureId}/activer")
	String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			RedirectAttributes redirect) {
		admin.setStructureActive(user, structureId, true);
		redirect.addFlashAttribute("flash", "network.structure.activated");
		return "redirect:/admin/reseau/structures/" + structureId;
	}

}
