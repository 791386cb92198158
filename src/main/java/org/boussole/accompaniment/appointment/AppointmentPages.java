package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentPreparation;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the beneficiary's and the counsellor's appointment pages have in common: showing
 * one appointment, cancelling it and moving it, each checked against the person logged
 * in.
 */
@Component
class AppointmentPages {

	private final AppointmentManagement appointments;

	private final AvailabilityManagement availability;

	private final AppointmentViews views;

	private final Clock clock;

	private final ObjectProvider<AppointmentPreparation> preparation;

	AppointmentPages(AppointmentManagement appointments, AvailabilityManagement availability, AppointmentViews views,
			Clock clock, ObjectProvider<AppointmentPreparation> preparation) {
		this.appointments = appointments;
		this.availability = availability;
		this.views = views;
		this.clock = clock;
		this.preparation = preparation;
	}

	String show(CurrentUser user, UUID id, boolean staff, String base, Model model) {
		Appointment appointment = onOwnSide(user, id, staff);
		model.addAttribute("appointment", views.of(appointment, staff, clock.instant()));
		model.addAttribute("base", base);
		model.addAttribute("staff", staff);
		AppointmentPreparation prepared = preparation.getIfAvailable();
		model.addAttribute("preparations",
				prepared == null ? List.of() : prepared.preparedFor(appointment.getId(), appointment.getZone()));
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new BookingForm());
		}
		if (staff && !model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", OutcomeForm.of(appointment));
		}
		return "accompaniment/appointment/show";
	}

	String cancel(CurrentUser user, UUID id, boolean staff, String base, BookingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		onOwnSide(user, id, staff);
		String reason = form.checkedReason(result);
		if (reason == null) {
			model.addAttribute("cancelForm", form);
			return show(user, id, staff, base, model);
		}
		try {
			appointments.cancel(user, id, reason);
			redirect.addFlashAttribute("flash", "accompaniment.appointment.cancelled");
		}
		catch (AppointmentRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:" + base + "/" + id;
	}

	String showMove(CurrentUser user, UUID id, boolean staff, String base, BookingForm form, Model model) {
		Appointment appointment = onOwnSide(user, id, staff);
		model.addAttribute("appointment", views.of(appointment, staff, clock.instant()));
		model.addAttribute("days",
				views.byDay(availability.freeSlots(appointment.getCounsellorId(), id)
					.stream()
					.filter(slot -> slot.modes().contains(appointment.getMode()))
					.toList()));
		model.addAttribute("base", base);
		model.addAttribute("bookingForm", form);
		return "accompaniment/appointment/move";
	}

	String move(CurrentUser user, UUID id, boolean staff, String base, BookingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		onOwnSide(user, id, staff);
		Instant start = form.checkedSlot(result);
		String reason = form.checkedReason(result);
		if (start != null && reason != null) {
			try {
				appointments.reschedule(user, id, start, reason);
				redirect.addFlashAttribute("flash", "accompaniment.appointment.moved");
				return "redirect:" + base + "/" + id;
			}
			catch (AppointmentRefused refused) {
				if (refused.messageKey().equals(AppointmentRefused.TOO_LATE)
						|| refused.messageKey().equals(AppointmentRefused.NOT_BOOKED)) {
					redirect.addFlashAttribute("flashError", refused.messageKey());
					return "redirect:" + base + "/" + id;
				}
				result.rejectValue("slot", refused.messageKey());
			}
		}
		return showMove(user, id, staff, base, form, model);
	}

	/**
	 * Each person sees and changes an appointment from their own side only: its
	 * counsellor under the staff pages, its beneficiary under theirs.
	 * @return the appointment; otherwise 404
	 */
	Appointment onOwnSide(CurrentUser user, UUID id, boolean staff) {
		Appointment appointment = appointments.forParticipant(user, id);
		boolean counsellor = appointment.getCounsellorId().equals(user.id());
		boolean beneficiary = appointment.getBeneficiaryId().equals(user.id());
		if (staff ? !counsellor : !beneficiary) {
			throw AppointmentManagement.notFound();
		}
		return appointment;
	}

	void requireCounsellor(CurrentUser user, UUID id) {
		if (!appointments.forParticipant(user, id).getCounsellorId().equals(user.id())) {
			throw AppointmentManagement.notFound();
		}
	}

	static @Nullable UUID id(String text) {
		try {
			return text.length() == 36 ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static UUID requireId(String text) {
		UUID id = id(text);
		if (id == null) {
			throw AppointmentManagement.notFound();
		}
		return id;
	}

}
