package org.boussole.accompaniment.appointment;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the counsellor records after an appointment. */
class OutcomeForm {

	@NotBlank(message = "{accompaniment.appointment.error.outcome}")
	@Pattern(regexp = "HONOURED|MISSED|LATE_CANCELLED", message = "{accompaniment.appointment.error.outcome}")
	private @Nullable String outcome;

	@Size(max = Appointment.MAX_SUMMARY, message = "{accompaniment.appointment.error.tooLong}")
	private @Nullable String summary;

	@Size(max = Appointment.MAX_NEXT_STEPS, message = "{accompaniment.appointment.error.tooLong}")
	private @Nullable String nextSteps;

	@Size(max = Appointment.MAX_SUMMARY, message = "{accompaniment.appointment.error.tooLong}")
	private @Nullable String privateNote;

	static OutcomeForm of(Appointment appointment) {
		OutcomeForm form = new OutcomeForm();
		form.outcome = appointment.isBooked() || appointment.getStatus() == AppointmentStatus.CANCELLED ? null
				: appointment.getStatus().name();
		form.summary = appointment.getSummary();
		form.nextSteps = appointment.getNextSteps();
		form.privateNote = appointment.getPrivateNote();
		return form;
	}

	public @Nullable String getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable String outcome) {
		this.outcome = outcome;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getNextSteps() {
		return nextSteps;
	}

	public void setNextSteps(@Nullable String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public @Nullable String getPrivateNote() {
		return privateNote;
	}

	public void setPrivateNote(@Nullable String privateNote) {
		this.privateNote = privateNote;
	}

}
