package org.boussole.accompaniment;

import java.util.UUID;

/**
 * What happens to appointments that other modules react to (the notifications module
 * mails both people with the calendar entry). Events carry ids only; the details are read
 * through {@link AppointmentNotices}.
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

}
