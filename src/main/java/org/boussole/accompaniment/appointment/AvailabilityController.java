package org.boussole.accompaniment.appointment;

import java.time.LocalDate;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.accompaniment.appointment.AvailabilityForms.ExceptionForm;
import org.boussole.accompaniment.appointment.AvailabilityForms.RuleForm;
import org.boussole.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A counsellor's own availability: weekly rules (day, times, site or remote, modes, slot
 * length) and days away, to list, add and remove.
 */
@Controller
class AvailabilityController {

	static final String PATH = "/conseil/disponibilites";

	private final AvailabilityManagement availability;

	AvailabilityController(AvailabilityManagement availability) {
		this.availability = availability;
	}

	@GetMapping(PATH)
	String showAvailability(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new RuleForm());
		}
		if (!model.containsAttribute("exceptionForm")) {
			model.addAttribute("exceptionForm", new ExceptionForm());
		}
		java.util.List<org.boussole.network.SiteSummary> sites = availability.sitesOf(user.id());
		model.addAttribute("rules",
				availability.rulesOf(user.id())
					.stream()
					.map(rule -> new RuleView(rule.getId(), rule.getDay(), rule.getStartTime(), rule.getEndTime(),
							rule.getSlotMinutes(), rule.getModes().stream().sorted().toList(),
							sites.stream()
								.filter(site -> site.id().equals(rule.getSiteId()))
								.map(org.boussole.network.SiteSummary::name)
								.findFirst()
								.orElse(null)))
					.toList());
		model.addAttribute("exceptions",
				availability.exceptionsOf(user.id())
					.stream()
					.map(e -> new ExceptionView(e.getId(), e.getFirstDay(), e.getLastDay(), e.getReason()))
					.toList());
		model.addAttribute("sites", sites);
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("days", java.time.DayOfWeek.values());
		return "accompaniment/appointment/availability";
	}

	@PostMapping(PATH + "/regles")
	String processRule(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SlotCalculator.Rule rule = form.toRule(result);
		if (rule != null && availability.addRule(user.id(), rule).isEmpty()) {
			result.rejectValue("siteId", "accompaniment.appointment.error.site");
		}
		if (result.hasErrors()) {
			return showAvailability(user, model);
		}
		redirect.addFlashAttribute("flash", "accompaniment.appointment.ruleAdded");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/regles/{id}/supprimer")
	String removeRule(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		if (!availability.removeRule(user.id(), AppointmentPages.requireId(id))) {
			throw AppointmentManagement.notFound();
		}
		redirect.addFlashAttribute("flash", "accompaniment.appointment.ruleRemoved");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/absences")
	String processException(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("exceptionForm") ExceptionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate first = form.first(result);
		LocalDate last = form.last(result);
		if (first != null && last != null && last.isBefore(first)) {
			result.rejectValue("lastDay", "accompaniment.appointment.error.lastBeforeFirst");
		}
		String reason = form.getReason();
		if (reason == null || reason.isBlank() || reason.strip().length() > AvailabilityException.MAX_REASON) {
			result.rejectValue("reason", "accompaniment.appointment.error.exceptionReason");
		}
		if (result.hasErrors() || first == null || last == null || reason == null) {
			return showAvailability(user, model);
		}
		availability.addException(user.id(), first, last, reason);
		redirect.addFlashAttribute("flash", "accompaniment.appointment.exceptionAdded");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/absences/{id}/supprimer")
	String removeException(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		if (!availability.removeException(user.id(), AppointmentPages.requireId(id))) {
			throw AppointmentManagement.notFound();
		}
		redirect.addFlashAttribute("flash", "accompaniment.appointment.exceptionRemoved");
		return "redirect:" + PATH;
	}

	record RuleView(java.util.UUID id, java.time.DayOfWeek day, java.time.LocalTime startTime,
			java.time.LocalTime endTime, int slotMinutes, java.util.List<MeetingMode> modes,
			@org.jspecify.annotations.Nullable String siteName) {
	}

	record ExceptionView(java.util.UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {
	}

}
