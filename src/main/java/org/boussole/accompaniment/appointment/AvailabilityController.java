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

	private final org.springframework.context.MessageSource messages;

	AvailabilityController(AvailabilityManagement availability, org.springframework.context.MessageSource messages) {
		this.availability = availability;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String showAvailability(@AuthenticationPrincipal CurrentUser user, Model model, java.util.Locale locale) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new RuleForm());
		}
		if (!model.containsAttribute("exceptionForm")) {
			model.addAttribute("exceptionForm", new ExceptionForm());
		}
		java.util.List<org.boussole.network.SiteSummary> sites = availability.sitesOf(user.id());
		java.util.List<AvailabilityRule> rules = availability.rulesOf(user.id());
		// the hours and closures of the sites of these rules, in one read
		java.util.Map<java.util.UUID, AvailabilityManagement.SiteHours> hours = availability
			.siteHours(rules.stream().map(AvailabilityRule::getSiteId).filter(java.util.Objects::nonNull).toList());
		model.addAttribute("rules", rules.stream().map(rule -> {
			String siteName = sites.stream()
				.filter(site -> site.id().equals(rule.getSiteId()))
				.map(org.boussole.network.SiteSummary::name)
				.findFirst()
				.orElse(null);
			AvailabilityManagement.SiteHours siteHours = rule.getSiteId() == null ? null : hours.get(rule.getSiteId());
			SiteHoursCheck.Mismatch mismatch = siteHours == null ? null
					: SiteHoursCheck.check(rule.getDay(), rule.getStartTime(), rule.getEndTime(), rule.getModes(),
							siteHours.calendar(), siteHours.today(), siteHours.until());
			return new RuleView(rule.getId(), rule.getDay(), rule.getStartTime(), rule.getEndTime(),
					rule.getSlotMinutes(), rule.getModes().stream().sorted().toList(), siteName,
					mismatch == null ? java.util.List.of()
							: warnings(mismatch, siteName == null ? "" : siteName, rule.getDay(), locale));
		}).toList());
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

	/**
	 * @return the French (or English) sentences that tell the counsellor what of the rule
	 * does not fit the site's hours, and what is offered instead
	 */
	private java.util.List<String> warnings(SiteHoursCheck.Mismatch mismatch, String siteName, java.time.DayOfWeek day,
			java.util.Locale locale) {
		java.util.Locale language = "en".equals(locale.getLanguage()) ? java.util.Locale.ENGLISH
				: java.util.Locale.FRENCH;
		String dayName = day.getDisplayName(java.time.format.TextStyle.FULL, language);
		java.util.List<String> lines = new java.util.ArrayList<>();
		if (mismatch.closedThatDay()) {
			lines.add(message("accompaniment.appointment.availability.warning.closedDay", locale, siteName, dayName));
		}
		if (mismatch.outsideHours()) {
			lines.add(message("accompaniment.appointment.availability.warning.outside", locale, siteName, dayName,
					org.boussole.network.OpeningHoursText.ranges(mismatch.dayOpenings(), language)));
		}
		if (!mismatch.closedDates().isEmpty()) {
			java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
				.ofPattern(message("accompaniment.date", locale), language);
			lines.add(message("accompaniment.appointment.availability.warning.closures", locale, siteName,
					mismatch.closedDates()
						.stream()
						.map(format::format)
						.collect(java.util.stream.Collectors.joining(", "))));
		}
		lines.add(message(mismatch.remoteToo() ? "accompaniment.appointment.availability.warning.remoteToo"
				: "accompaniment.appointment.availability.warning.inPersonOnly", locale));
		return lines;
	}

	private String message(String key, java.util.Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@PostMapping(PATH + "/regles")
	String processRule(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect, java.util.Locale locale) {
		SlotCalculator.Rule rule = form.toRule(result);
		java.util.Optional<AvailabilityRule> added = rule == null ? java.util.Optional.empty()
				: availability.addRule(user.id(), rule);
		if (rule != null && added.isEmpty()) {
			result.rejectValue("siteId", "accompaniment.appointment.error.site");
		}
		if (result.hasErrors() || added.isEmpty()) {
			return showAvailability(user, model, locale);
		}
		AvailabilityRule saved = added.get();
		boolean fits = true;
		if (saved.getSiteId() != null) {
			AvailabilityManagement.SiteHours siteHours = availability.siteHours(java.util.List.of(saved.getSiteId()))
				.get(saved.getSiteId());
			fits = siteHours == null || SiteHoursCheck.check(saved.getDay(), saved.getStartTime(), saved.getEndTime(),
					saved.getModes(), siteHours.calendar(), siteHours.today(), siteHours.until()) == null;
		}
		// the rule is kept either way: the page says next to it what will be offered
		redirect.addFlashAttribute("flash",
				fits ? "accompaniment.appointment.ruleAdded" : "accompaniment.appointment.ruleAddedOutsideHours");
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
			RedirectAttributes redirect, java.util.Locale locale) {
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
			return showAvailability(user, model, locale);
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
			@org.jspecify.annotations.Nullable String siteName, java.util.List<String> warnings) {
	}

	record ExceptionView(java.util.UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {
	}

}
