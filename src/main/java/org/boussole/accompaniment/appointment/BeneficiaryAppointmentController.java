package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.MeetingMode;
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
 * The beneficiary's appointments: the free slots of their referent to book one, and each
 * of their appointments to see, move or cancel. Only their own: there is no dossier id to
 * choose, and an appointment of someone else does not exist.
 */
@Controller
class BeneficiaryAppointmentController {

	static final String PATH = "/mon-accompagnement/rendez-vous";

	private final AppointmentManagement appointments;

	private final AvailabilityManagement availability;

	private final AppointmentViews views;

	private final AppointmentPages pages;

	private final ProposalManagement proposals;

	private final Clock clock;

	BeneficiaryAppointmentController(AppointmentManagement appointments, AvailabilityManagement availability,
			AppointmentViews views, AppointmentPages pages, ProposalManagement proposals, Clock clock) {
		this.proposals = proposals;
		this.appointments = appointments;
		this.availability = availability;
		this.views = views;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String showBooking(@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return booking(user, new BookingForm(), model, redirect);
	}

	@PostMapping(PATH)
	String processBooking(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("bookingForm") BookingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Instant start = form.checkedSlot(result);
		MeetingMode mode = form.checkedMode(result);
		if (start != null && mode != null && !result.hasErrors()) {
			try {
				UUID id = appointments.book(user, start, mode, form.getPhoneNumber());
				redirect.addFlashAttribute("flash", "accompaniment.appointment.booked");
				return "redirect:" + PATH + "/" + id;
			}
			catch (AppointmentRefused refused) {
				result.rejectValue(refused.messageKey().equals(AppointmentRefused.MODE) ? "mode" : "slot",
						refused.messageKey());
			}
		}
		return booking(user, form, model, redirect);
	}

	private String booking(CurrentUser user, BookingForm form, Model model, RedirectAttributes redirect) {
		Participant dossier;
		try {
			dossier = appointments.openDossierOf(user);
		}
		catch (AppointmentRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/mon-accompagnement";
		}
		Instant now = clock.instant();
		model.addAttribute("appointments", views.of(appointments.ofDossier(dossier.dossierId()), false, now));
		model.addAttribute("days", views.byDay(availability.freeSlots(dossier.referentId(), null)));
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("bookingForm", form);
		List<AppointmentViews.ProposalView> proposed = views.proposals(proposals.ofDossier(dossier.dossierId()), now);
		model.addAttribute("proposals", proposed.stream().filter(AppointmentViews.ProposalView::open).toList());
		// expired for lack of an answer, with times still to come: shown, not pickable
		model.addAttribute("expiredProposals",
				proposed.stream().filter(p -> p.holdOver() && p.hasTimeToCome()).toList());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new ProposalForms.AnswerForm());
		}
		return "accompaniment/appointment/book";
	}

	@PostMapping(PATH + "/propositions/{id}/choisir")
	String processPick(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("answerForm") ProposalForms.AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID proposalId = AppointmentPages.requireId(id);
		UUID slot = AppointmentPages.id(form.getSlot() == null ? "" : form.getSlot().strip());
		String field = "slot";
		String error = "accompaniment.appointment.error.slotMissing";
		if (slot != null) {
			try {
				UUID appointment = proposals.pick(user, proposalId, slot, form.getPhoneNumber());
				redirect.addFlashAttribute("flash", "accompaniment.appointment.booked");
				return "redirect:" + PATH + "/" + appointment;
			}
			catch (AppointmentRefused refused) {
				if (refused.messageKey().equals(AppointmentRefused.EXPIRED)
						|| refused.messageKey().equals(AppointmentRefused.HOLD_EXPIRED)
						|| refused.messageKey().equals(AppointmentRefused.PROPOSAL_CLOSED)) {
					// the proposal may no longer be listed: the message goes at the top
					redirect.addFlashAttribute("flashError", refused.messageKey());
					return "redirect:" + PATH;
				}
				field = refused.messageKey().equals(AppointmentRefused.PHONE) ? "phoneNumber" : "slot";
				error = refused.messageKey();
			}
		}
		model.addAttribute("answerError", new ProposalForms.AnswerError(proposalId, field, error));
		return booking(user, new BookingForm(), model, redirect);
	}

	@PostMapping(PATH + "/propositions/{id}/refuser")
	String processDecline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("answerForm") ProposalForms.AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID proposalId = AppointmentPages.requireId(id);
		String reason = form.getReason() == null ? "" : form.getReason().strip();
		String error = reason.isEmpty() ? "accompaniment.appointment.error.reason"
				: reason.length() > Appointment.MAX_REASON ? "accompaniment.appointment.error.reasonLength" : null;
		if (error == null) {
			try {
				proposals.decline(user, proposalId, reason);
				redirect.addFlashAttribute("flash", "accompaniment.proposal.declined");
				return "redirect:" + PATH;
			}
			catch (AppointmentRefused refused) {
				redirect.addFlashAttribute("flashError", refused.messageKey());
				return "redirect:" + PATH;
			}
		}
		model.addAttribute("answerError", new ProposalForms.AnswerError(proposalId, "reason", error));
		return booking(user, new BookingForm(), model, redirect);
	}

	@GetMapping(PATH + "/{id}")
	String showAppointment(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return pages.show(user, AppointmentPages.requireId(id), false, PATH, model);
	}

	@PostMapping(PATH + "/{id}/annuler")
	String processCancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("cancelForm") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return pages.cancel(user, AppointmentPages.requireId(id), false, PATH, form, result, model, redirect);
	}

	@GetMapping(PATH + "/{id}/deplacer")
	String showMove(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return pages.showMove(user, AppointmentPages.requireId(id), false, PATH, new BookingForm(), model);
	}

	@PostMapping(PATH + "/{id}/deplacer")
	String processMove(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("bookingForm") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return pages.move(user, AppointmentPages.requireId(id), false, PATH, form, result, model, redirect);
	}

}
