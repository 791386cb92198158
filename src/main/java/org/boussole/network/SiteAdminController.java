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
 * Administration of the sites of one structure, by its administrators or a network
 * administrator.
 */
@Controller
@RequestMapping("/admin/reseau/structures/{structureId}/sites")
class SiteAdminController {

	private static final String FORM = "network/admin/site-form";

	private final NetworkAdministration admin;

	private final SiteHoursAdministration hours;

	SiteAdminController(NetworkAdministration admin, SiteHoursAdministration hours) {
		this.admin = admin;
		this.hours = hours;
	}

	@GetMapping("/nouveau")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId, Model model) {
		model.addAttribute("structure", admin.structure(user, structureId));
		model.addAttribute("form", new SiteForm());
		return FORM;
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@Validated @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Structure structure = admin.structure(user, structureId);
		model.addAttribute("structure", structure);
		checkPostalCode(structure, form, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			admin.createSite(user, structureId, form.toDetails());
			redirect.addFlashAttribute("flash", "network.site.created");
			return "redirect:/admin/reseau/structures/" + structureId;
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
	}

	@GetMapping("/{siteId}/modifier")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, Model model) {
		Site site = admin.site(user, structureId, siteId);
		model.addAttribute("structure", site.getStructure());
		model.addAttribute("site", site);
		model.addAttribute("form", SiteForm.of(site.details()));
		SiteHoursController.addHours(model, site, hours);
		return FORM;
	}

	@PostMapping("/{siteId}/modifier")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, @Validated @ModelAttribute("form") SiteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Site site = admin.site(user, structureId, siteId);
		model.addAttribute("structure", site.getStructure());
		model.addAttribute("site", site);
		checkPostalCode(site.getStructure(), form, result);
		SiteHoursController.addHours(model, site, hours);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			admin.updateSite(user, structureId, siteId, form.toDetails());
			redirect.addFlashAttribute("flash", "network.site.updated");
			return "redirect:/admin/reseau/structures/" + structureId;
		}
		catch (FormProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
	}

	@PostMapping("/{siteId}/desactiver")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, RedirectAttributes redirect) {
		admin.setSiteActive(user, structureId, siteId, false);
		redirect.addFlashAttribute("flash", "network.site.deactivated");
		return "redirect:/admin/reseau/structures/" + structureId;
	}

	@PostMapping("/{siteId}/activer")
	String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, RedirectAttributes redirect) {
		admin.setSiteActive(user, structureId, siteId, true);
		redirect.addFlashAttribute("flash", "network.site.activated");
		return "redirect:/admin/reseau/structures/" + structureId;
	}

	/**
	 * The shape of a postal code depends on the structure's country: 5 digits in France,
	 * 4 in Geneva.
	 */
	private static void checkPostalCode(Structure structure, SiteForm form, BindingResult result) {
		Country country = structure.getCountry();
		if (!result.hasFieldErrors("postalCode") && !country.isPostalCode(form.getPostalCode().strip())) {
			result.rejectValue("postalCode", "network.site.error.postalCode." + country.name());
		}
	}

}
