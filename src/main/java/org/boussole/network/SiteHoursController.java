package org.boussole.network;

import java.time.DayOfWeek;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.network.SiteHoursForms.ClosureForm;
import org.boussole.network.SiteHoursForms.OpeningForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opening hours and closures of a site, on the site's administration page: add or
 * remove a weekly range, add or remove a closure. A form with errors shows the site's
 * page again with the errors next to the fields and nothing changed.
 */
@Controller
@RequestMapping("/admin/reseau/structures/{structureId}/sites/{siteId}")
class SiteHoursController {

	static final String FORM = "network/admin/site-form";

	private final NetworkAdministration admin;

	private final SiteHoursAdministration hours;

	SiteHoursController(NetworkAdministration admin, SiteHoursAdministration hours) {
		this.admin = admin;
		this.hours = hours;
	}

	@PostMapping("/horaires")
	String processOpening(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, @ModelAttribute("openingForm") OpeningForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Site site = admin.site(user, structureId, siteId);
		SiteCalendar.Opening opening = form.toOpening(result);
		if (opening != null) {
			try {
				hours.addOpening(user, structureId, siteId, opening);
				redirect.addFlashAttribute("flash", "network.hours.added");
				return redirectTo(structureId, siteId);
			}
			catch (FormProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return page(site, model);
	}

	@PostMapping("/horaires/{openingId}/supprimer")
	String removeOpening(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, @PathVariable UUID openingId, RedirectAttributes redirect) {
		hours.removeOpening(user, structureId, siteId, openingId);
		redirect.addFlashAttribute("flash", "network.hours.removed");
		return redirectTo(structureId, siteId);
	}

	@PostMapping("/fermetures")
	String processClosure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Site site = admin.site(user, structureId, siteId);
		SiteCalendar.Closure closure = form.toClosure(result);
		if (closure != null) {
			try {
				hours.addClosure(user, structureId, siteId, closure);
				redirect.addFlashAttribute("flash", "network.closure.added");
				return redirectTo(structureId, siteId);
			}
			catch (FormProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return page(site, model);
	}

	@PostMapping("/fermetures/{closureId}/supprimer")
	String removeClosure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID structureId,
			@PathVariable UUID siteId, @PathVariable UUID closureId, RedirectAttributes redirect) {
		hours.removeClosure(user, structureId, siteId, closureId);
		redirect.addFlashAttribute("flash", "network.closure.removed");
		return redirectTo(structureId, siteId);
	}

	private String page(Site site, Model model) {
		model.addAttribute("structure", site.getStructure());
		model.addAttribute("site", site);
		model.addAttribute("form", SiteForm.of(site.details()));
		addHours(model, site, hours);
		return FORM;
	}

	/**
	 * What the site's page shows of its hours, with empty forms unless one has errors.
	 */
	static void addHours(Model model, Site site, SiteHoursAdministration hours) {
		model.addAttribute("hours", hours.hoursOf(site));
		model.addAttribute("weekDays", DayOfWeek.values());
		if (!model.containsAttribute("openingForm")) {
			model.addAttribute("openingForm", new OpeningForm());
		}
		if (!model.containsAttribute("closureForm")) {
			model.addAttribute("closureForm", new ClosureForm());
		}
	}

	private static String redirectTo(UUID structureId, UUID siteId) {
		return "redirect:/admin/reseau/structures/" + structureId + "/sites/" + siteId + "/modifier";
	}

}
