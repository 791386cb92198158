package org.boussole.accompaniment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to appointments that other modules react to (the notifications module
 * mails both people with the calendar entry, the audience module counts the first
 * appointment honoured). Events carry ids only; the details are read through
 * {@link AppointmentNotices}.
 */
public final class AppointmentEvents {

	private AppointmentEvents() {
	}

	/** A new appointment was booked. */
	public record AppointmentBooked(UUID appointmentId) {
	}

	/** An appointment was moved to another time. */
	public record AppointmentRescheduled(UUID appointmentId) {
	}

	/** An appointment was cancelled. */
	public record AppointmentCancelled(UUID appointmentId) {
	}

	/** The referent proposed times to the beneficiary, who may pick one. */
	public record AppointmentProposed(UUID proposalId) {
	}

	/** The beneficiary declined every time of a proposal. */
	public record AppointmentProposalDeclined(UUID proposalId) {
	}

	/** An appointment takes place tomorrow: time to remind the beneficiary. */
	public record AppointmentReminderDue(UUID appointmentId) {
	}

	/**
	 * The first appointment of a dossier was recorded as honoured. Announced at most once
	 * per dossier, ever: neither a correction of the outcome (honoured, missed, honoured
	 * again) nor another appointment honoured later announces it again.
	 *
	 * @param day the date of that appointment in Paris
	 */
	public record FirstAppointmentHonoured(UUID dossierId, LocalDate day) {
	}

}
