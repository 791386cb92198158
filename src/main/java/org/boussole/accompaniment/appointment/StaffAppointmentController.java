package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.FormValues;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counsellor's side: their agenda by day or week, the appointments of a dossier (the
 * blended plan), and each appointment to move, cancel or record afterwards. Only their
 * own appointments, and dossiers they may see.
 */
@Controller
class StaffAppointmentController {

	static final String PATH = "/conseil/rendez-vous";

	static final String PLAN = "/conseil/dossiers/{id}/rendez-vous";

	private final AppointmentManagement appointments;

	private final AppointmentViews views;

	private final AppointmentPages pages;

	private final DossierParticipation participation;

	private final AvailabilityManagement availability;

	private final ProposalManagement proposals;

	private final Clock clock;

	StaffAppointmentController(AppointmentManagement appointments, AppointmentViews views, AppointmentPages pages,
			DossierParticipation participation, AvailabilityManagement availability, ProposalManagement proposals,
			Clock clock) {
		this.proposals = proposals;
		this.appointments = appointments;
		this.views = views;
		this.pages = pages;
		this.participation = participation;
		this.availability = availability;
		this.clock = clock;
	}

	@GetMapping("/conseil/agenda")
	String showAgenda(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String jour,
			@RequestParam(required = false) @Nullable String vue, Model model) {
		ZoneId zone = availability.zoneOf(user.id());
		LocalDate day = parse(jour, LocalDate.ofInstant(clock.instant(), zone));
		boolean week = !"jour".equals(vue);
		LocalDate first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate last = week ? first.plusDays(6) : day;
		model.addAttribute("appointments", views.of(appointments.agenda(user.id(), first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant()), true, clock.instant()));
		model.addAttribute("week", week);
		model.addAttribute("first", first);
		model.addAttribute("last", last);
		model.addAttribute("previous", week ? first.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? first.plusWeeks(1) : day.plusDays(1));
		model.addAttribute("day", day);
		return "accompaniment/appointment/agenda";
	}

	@GetMapping(PLAN)
	String showPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return plan(user, AppointmentPages.requireId(id), new ProposalForms.ProposalForm(), model);
	}

	@PostMapping(PLAN + "/propositions")
	String processProposal(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("proposalForm") ProposalForms.ProposalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID dossierId = AppointmentPages.requireId(id);
		participation.asStaff(user, dossierId);
		java.util.List<Integer> rows = new java.util.ArrayList<>();
		java.util.List<ProposalManagement.Wanted> wanted = form.toWanted(result, rows);
		if (!result.hasErrors()) {
			try {
				proposals.propose(user, dossierId, wanted);
				redirect.addFlashAttribute("flash", "accompaniment.proposal.sent");
				return "redirect:/conseil/dossiers/" + dossierId + "/rendez-vous";
			}
			catch (ProposalManagement.ProposalRefused refused) {
				result.rejectValue("times[" + rows.get(refused.index()) + "].time", refused.messageKey());
			}
			catch (AppointmentRefused refused) {
				redirect.addFlashAttribute("flashError", "accompaniment.proposal.error.notReferent");
				return "redirect:/conseil/dossiers/" + dossierId + "/rendez-vous";
			}
		}
		return plan(user, dossierId, form, model);
	}

	@PostMapping(PLAN + "/propositions/{proposalId}/retirer")
	String withdrawProposal(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@PathVariable String proposalId, RedirectAttributes redirect) {
		UUID dossierId = AppointmentPages.requireId(id);
		participation.asStaff(user, dossierId);
		try {
			proposals.withdraw(user, AppointmentPages.requireId(proposalId));
			redirect.addFlashAttribute("flash", "accompaniment.proposal.withdrawn");
		}
		catch (AppointmentRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/conseil/dossiers/" + dossierId + "/rendez-vous";
	}

	private String plan(CurrentUser user, UUID id, ProposalForms.ProposalForm form, Model model) {
		DossierParticipation.Participant dossier = participation.asStaff(user, id);
		model.addAttribute("dossierId", dossier.dossierId());
		model.addAttribute("appointments",
				views.of(appointments.ofDossier(dossier.dossierId()), false, clock.instant()));
		model.addAttribute("proposals", views.proposals(proposals.ofDossier(dossier.dossierId()), clock.instant()));
		model.addAttribute("holdHours", proposals.hold().toHours());
		model.addAttribute("mayPropose", dossier.side() == DossierParticipation.Side.REFERENT && dossier.open());
		model.addAttribute("proposalForm", form);
		model.addAttribute("sites", availability.sitesOf(user.id()));
		model.addAttribute("modes", org.boussole.accompaniment.MeetingMode.values());
		return "accompaniment/appointment/plan";
	}

	@GetMapping(PATH + "/{id}")
	String showAppointment(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return pages.show(user, AppointmentPages.requireId(id), true, PATH, model);
	}

	@PostMapping(PATH + "/{id}/annuler")
	String processCancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("cancelForm") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return pages.cancel(user, AppointmentPages.requireId(id), true, PATH, form, result, model, redirect);
	}

	@GetMapping(PATH + "/{id}/deplacer")
	String showMove(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return pages.showMove(user, AppointmentPages.requireId(id), true, PATH, new BookingForm(), model);
	}

	@PostMapping(PATH + "/{id}/deplacer")
	String processMove(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("bookingForm") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return pages.move(user, AppointmentPages.requireId(id), true, PATH, form, result, model, redirect);
	}

	@PostMapping(PATH + "/{id}/compte-rendu")
	String processOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Validated @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID appointmentId = AppointmentPages.requireId(id);
		pages.requireCounsellor(user, appointmentId);
		if (result.hasErrors()) {
			return pages.show(user, appointmentId, true, PATH, model);
		}
		try {
			appointments.recordOutcome(user, appointmentId, AppointmentStatus.valueOf(form.getOutcome()),
					form.getSummary(), form.getNextSteps(), form.getPrivateNote());
			redirect.addFlashAttribute("flash", "accompaniment.appointment.recorded");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.appointment.error.notYet");
		}
		return "redirect:" + PATH + "/" + appointmentId;
	}

	private static LocalDate parse(@Nullable String text, LocalDate fallback) {
		try {
			LocalDate day = text == null || text.isBlank() ? fallback : LocalDate.parse(text);
			// a week far away in time is not a week of the agenda
			return FormValues.isInRange(day) ? day : fallback;
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
