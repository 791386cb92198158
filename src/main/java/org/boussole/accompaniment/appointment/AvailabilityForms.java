package org.boussole.accompaniment.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.boussole.shared.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The two forms of the availability page: a weekly rule and an absence. */
final class AvailabilityForms {

	private AvailabilityForms() {
	}

	/** A weekly rule as typed: every field is checked, errors go next to each field. */
	static class RuleForm {

		private @Nullable String day = "TUESDAY";

		private @Nullable String start = "09:00";

		private @Nullable String end = "12:00";

		private @Nullable String siteId;

		private List<String> modes = new ArrayList<>();

		private @Nullable String slotMinutes = "60";

		/**
		 * @return the rule (zone to be set), or {@literal null} with errors
		 */
		SlotCalculator.@Nullable Rule toRule(BindingResult result) {
			DayOfWeek dayOfWeek = null;
			try {
				dayOfWeek = DayOfWeek.valueOf(day == null ? "" : day);
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("day", "accompaniment.appointment.error.day");
			}
			LocalTime from = time(start, "start", result);
			LocalTime to = time(end, "end", result);
			if (from != null && to != null && !from.isBefore(to)) {
				result.rejectValue("end", "accompaniment.appointment.error.endBeforeStart");
			}
			Set<MeetingMode> chosen = EnumSet.noneOf(MeetingMode.class);
			for (String mode : modes) {
				try {
					chosen.add(MeetingMode.valueOf(mode));
				}
				catch (IllegalArgumentException ex) {
					// an unknown value is simply not a mode
				}
			}
			if (chosen.isEmpty()) {
				result.rejectValue("modes", "accompaniment.appointment.error.modes");
			}
			UUID site = AppointmentPages.id(siteId == null ? "" : siteId);
			if (chosen.contains(MeetingMode.IN_PERSON) && site == null) {
				result.rejectValue("siteId", "accompaniment.appointment.error.siteNeeded");
			}
			int minutes = 0;
			try {
				minutes = Integer.parseInt(slotMinutes == null ? "" : slotMinutes.strip());
			}
			catch (NumberFormatException ex) {
				// handled below
			}
			if (minutes < 15 || minutes > 240) {
				result.rejectValue("slotMinutes", "accompaniment.appointment.error.slotMinutes");
			}
			if (result.hasErrors() || dayOfWeek == null || from == null || to == null) {
				return null;
			}
			return new SlotCalculator.Rule(dayOfWeek, from, to, site, chosen, minutes,
					AvailabilityManagement.DEFAULT_ZONE);
		}

		private static @Nullable LocalTime time(@Nullable String text, String field, BindingResult result) {
			return FormValues.time(text, field, "accompaniment.appointment.error.time", result);
		}

		public @Nullable String getDay() {
			return day;
		}

		public void setDay(@Nullable String day) {
			this.day = day;
		}

		public @Nullable String getStart() {
			return start;
		}

		public void setStart(@Nullable String start) {
			this.start = start;
		}

		public @Nullable String getEnd() {
			return end;
		}

		public void setEnd(@Nullable String end) {
			this.end = end;
		}

		public @Nullable String getSiteId() {
			return siteId;
		}

		public void setSiteId(@Nullable String siteId) {
			this.siteId = siteId;
		}

		public List<String> getModes() {
			return modes;
		}

		public void setModes(@Nullable List<String> modes) {
			this.modes = modes == null ? new ArrayList<>() : modes;
		}

		public @Nullable String getSlotMinutes() {
			return slotMinutes;
		}

		public void setSlotMinutes(@Nullable String slotMinutes) {
			this.slotMinutes = slotMinutes;
		}

	}

	/** Days away, with the reason. */
	static class ExceptionForm {

		private @Nullable String firstDay;

		private @Nullable String lastDay;

		private @Nullable String reason;

		@Nullable LocalDate first(BindingResult result) {
			return date(firstDay, "firstDay", result);
		}

		@Nullable LocalDate last(BindingResult result) {
			return date(lastDay, "lastDay", result);
		}

		private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
			return FormValues.date(text, field, "accompaniment.appointment.error.date", result);
		}

		public @Nullable String getFirstDay() {
			return firstDay;
		}

		public void setFirstDay(@Nullable String firstDay) {
			this.firstDay = firstDay;
		}

		public @Nullable String getLastDay() {
			return lastDay;
		}

		public void setLastDay(@Nullable String lastDay) {
			this.lastDay = lastDay;
		}

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

	}

}
