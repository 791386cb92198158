package org.boussole.accompaniment.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The forms of proposals: the counsellor's (up to three times, each with its day, time,
 * mode and site, and one length) and the beneficiary's answer (a time picked, a phone
 * number for a phone appointment, or a reason to decline).
 */
final class ProposalForms {

	private ProposalForms() {
	}

	/** Up to three times to propose; rows left empty are ignored. */
	static class ProposalForm {

		private List<Row> times = new ArrayList<>(List.of(new Row(), new Row(), new Row()));

		private @Nullable String minutes = "60";

		/**
		 * @param rows receives, for each time returned, the index of its row
		 * @return the times wanted, or an empty list with errors next to the fields
		 */
		List<ProposalManagement.Wanted> toWanted(BindingResult result, List<Integer> rows) {
			int length = 0;
			try {
				length = Integer.parseInt(minutes == null ? "" : minutes.strip());
			}
			catch (NumberFormatException ex) {
				// handled below
			}
			if (length < 15 || length > 240) {
				result.rejectValue("minutes", "accompaniment.appointment.error.slotMinutes");
			}
			List<ProposalManagement.Wanted> wanted = new ArrayList<>();
			for (int index = 0; index < times.size() && index < AppointmentProposal.MAX_SLOTS; index++) {
				Row row = times.get(index);
				if (row.isEmpty()) {
					continue;
				}
				ProposalManagement.Wanted time = row.toWanted(result, "times[" + index + "].", length);
				if (time != null) {
					wanted.add(time);
					rows.add(index);
				}
			}
			if (wanted.isEmpty() && !result.hasErrors()) {
				result.rejectValue("times[0].day", "accompaniment.proposal.error.none");
			}
			return result.hasErrors() ? List.of() : wanted;
		}

		public List<Row> getTimes() {
			return times;
		}

		public void setTimes(@Nullable List<Row> times) {
			this.times = times == null ? new ArrayList<>() : times;
			while (this.times.size() < AppointmentProposal.MAX_SLOTS) {
				this.times.add(new Row());
			}
		}

		public @Nullable String getMinutes() {
			return minutes;
		}

		public void setMinutes(@Nullable String minutes) {
			this.minutes = minutes;
		}

	}

	/** One time as typed. */
	static class Row {

		private @Nullable String day;

		private @Nullable String time;

		private @Nullable String mode = "VIDEO";

		private @Nullable String siteId;

		boolean isEmpty() {
			return (day == null || day.isBlank()) && (time == null || time.isBlank());
		}

		ProposalManagement.@Nullable Wanted toWanted(BindingResult result, String prefix, int minutes) {
			LocalDate date = null;
			try {
				date = LocalDate.parse(day == null ? "" : day.strip());
			}
			catch (DateTimeParseException ex) {
				result.rejectValue(prefix + "day", "accompaniment.appointment.error.date");
			}
			LocalTime at = null;
			String text = time == null ? "" : time.strip();
			try {
				at = text.matches("\\d{2}:\\d{2}") ? LocalTime.parse(text) : null;
			}
			catch (DateTimeParseException ex) {
				// handled below
			}
			if (at == null) {
				result.rejectValue(prefix + "time", "accompaniment.appointment.error.time");
			}
			MeetingMode chosen = null;
			try {
				chosen = MeetingMode.valueOf(mode == null ? "" : mode);
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue(prefix + "mode", "accompaniment.appointment.error.modeMissing");
			}
			UUID site = AppointmentPages.id(siteId == null ? "" : siteId);
			if (chosen == MeetingMode.IN_PERSON && site == null) {
				result.rejectValue(prefix + "siteId", "accompaniment.appointment.error.siteNeeded");
			}
			if (date == null || at == null || chosen == null || (chosen == MeetingMode.IN_PERSON && site == null)
					|| minutes < 15 || minutes > 240) {
				return null;
			}
			return new ProposalManagement.Wanted(date, at, minutes, chosen, site);
		}

		public @Nullable String getDay() {
			return day;
		}

		public void setDay(@Nullable String day) {
			this.day = day;
		}

		public @Nullable String getTime() {
			return time;
		}

		public void setTime(@Nullable String time) {
			this.time = time;
		}

		public @Nullable String getMode() {
			return mode;
		}

		public void setMode(@Nullable String mode) {
			this.mode = mode;
		}

		public @Nullable String getSiteId() {
			return siteId;
		}

		public void setSiteId(@Nullable String siteId) {
			this.siteId = siteId;
		}

	}

	/** The beneficiary's answer to one proposal. */
	static class AnswerForm {

		private @Nullable String slot;

		private @Nullable String phoneNumber;

		private @Nullable String reason;

		public @Nullable String getSlot() {
			return slot;
		}

		public void setSlot(@Nullable String slot) {
			this.slot = slot;
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

	/**
	 * What went wrong with an answer, shown next to the field of that proposal.
	 *
	 * @param field {@code slot}, {@code phoneNumber} or {@code reason}
	 */
	record AnswerError(UUID proposalId, String field, String messageKey) {
	}

}
