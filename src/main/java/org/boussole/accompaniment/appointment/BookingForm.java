package org.boussole.accompaniment.appointment;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.boussole.accompaniment.MeetingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The booking (or moving) form: the chosen slot, the mode, a phone number for a phone
 * appointment, a reason when moving.
 */
class BookingForm {

	static final String PHONE_PATTERN = "\\+?[0-9 .()-]{6,25}";

	private @Nullable String slot;

	private @Nullable String mode;

	private @Nullable String phoneNumber;

	private @Nullable String reason;

	/**
	 * @return the start of the chosen slot, or {@literal null} with an error on the field
	 */
	@Nullable Instant checkedSlot(BindingResult result) {
		if (slot == null || slot.isBlank()) {
			result.rejectValue("slot", "accompaniment.appointment.error.slotMissing");
			return null;
		}
		try {
			return Instant.parse(slot.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("slot", "accompaniment.appointment.error.slotFormat");
			return null;
		}
	}

	@Nullable MeetingMode checkedMode(BindingResult result) {
		try {
			MeetingMode chosen = MeetingMode.valueOf(mode == null ? "" : mode);
			if (chosen == MeetingMode.PHONE && (phoneNumber == null || !phoneNumber.strip().matches(PHONE_PATTERN))) {
				result.rejectValue("phoneNumber", "accompaniment.appointment.error.phone");
			}
			return chosen;
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("mode", "accompaniment.appointment.error.modeMissing");
			return null;
		}
	}

	@Nullable String checkedReason(BindingResult result) {
		if (reason == null || reason.isBlank()) {
			result.rejectValue("reason", "accompaniment.appointment.error.reason");
			return null;
		}
		if (reason.strip().length() > Appointment.MAX_REASON) {
			result.rejectValue("reason", "accompaniment.appointment.error.reasonLength");
			return null;
		}
		return reason;
	}

	public @Nullable String getSlot() {
		return slot;
	}

	public void setSlot(@Nullable String slot) {
		this.slot = slot;
	}

	public @Nullable String getMode() {
		return mode;
	}

	public void setMode(@Nullable String mode) {
		this.mode = mode;
	}

	public @Nullable String getPhoneNumber() {
		return phoneNumber;
	}

	public void setPhoneNumber(@Nullable String phoneNumber) {
		this.phoneNumber = phoneNumber;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

}
