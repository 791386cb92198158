package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.boussole.accompaniment.AppointmentEvents.AppointmentCancelled;
import org.boussole.accompaniment.DossierAppointments;
import org.boussole.accompaniment.DossierAppointments.Step;
import org.boussole.accounts.AccountManagement;
import org.boussole.network.StaffEvents.CounsellorLeft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a counsellor leaves a structure, the appointments they still had there are
 * cancelled (both people are told by e-mail, with the calendar file that removes it) and
 * the times they proposed are withdrawn: the person will book again with their new
 * referent.
 */
@Component
class CounsellorDeparture {

	static final String REASON = "accompaniment.appointment.cancel.counsellorLeft";

	private final AppointmentRepository appointments;

	private final AppointmentProposalRepository proposals;

	private final DossierAppointments timeline;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CounsellorDeparture(AppointmentRepository appointments, AppointmentProposalRepository proposals,
			DossierAppointments timeline, AccountManagement accounts, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.appointments = appointments;
		this.proposals = proposals;
		this.timeline = timeline;
		this.accounts = accounts;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CounsellorLeft event) {
		Instant now = clock.instant();
		List<Appointment> coming = appointments.findComingInStructure(event.counsellorId(), event.structureId(), now);
		for (Appointment appointment : coming) {
			Locale locale = Locale.forLanguageTag(accounts.languageOf(appointment.getBeneficiaryId()));
			appointment.cancel(messages.getMessage(REASON, null, locale), now);
			timeline.record(appointment.getDossierId(), event.actorId(), Step.CANCELLED,
					appointment.getCancellationReason());
			events.publishEvent(new AppointmentCancelled(appointment.getId()));
		}
		proposals.findOpenInStructure(event.counsellorId(), event.structureId())
			.forEach(proposal -> proposal.supersede(now));
	}

}
