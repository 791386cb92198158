package org.boussole.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.boussole.shared.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The two forms of a site's hours: a weekly opening range and a closure. Each field is
 * checked and its error goes next to it; what was typed is kept.
 */
final class SiteHoursForms {

	private SiteHoursForms() {
	}

	/** Open every week on one day, from one time to another. */
	static class OpeningForm {

		private @Nullable String day = "MONDAY";

		private @Nullable String opens = "09:00";

		private @Nullable String closes = "12:00";

		/**
		 * @return the range, or {@literal null} with errors next to the fields
		 */
		SiteCalendar.@Nullable Opening toOpening(BindingResult result) {
			DayOfWeek dayOfWeek = null;
			try {
				dayOfWeek = DayOfWeek.valueOf(day == null ? "" : day.strip());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("day", "network.hours.error.day");
			}
			LocalTime from = time(opens, "opens", result);
			LocalTime to = time(closes, "closes", result);
			if (from != null && to != null && !from.isBefore(to)) {
				result.rejectValue("closes", "network.hours.error.closesBeforeOpens");
			}
			if (result.hasErrors() || dayOfWeek == null || from == null || to == null) {
				return null;
			}
			return new SiteCalendar.Opening(dayOfWeek, from, to);
		}

		private static @Nullable LocalTime time(@Nullable String text, String field, BindingResult result) {
			// hours and minutes only, as the time input sends them
			if (text == null || !text.strip().matches("\\d{2}:\\d{2}")) {
				result.rejectValue(field, "network.hours.error.time");
				return null;
			}
			return FormValues.time(text, field, "network.hours.error.time", result);
		}

		public @Nullable String getDay() {
			return day;
		}

		public void setDay(@Nullable String day) {
			this.day = day;
		}

		public @Nullable String getOpens() {
			return opens;
		}

		public void setOpens(@Nullable String opens) {
			this.opens = opens;
		}

		public @Nullable String getCloses() {
			return closes;
		}

		public void setCloses(@Nullable String closes) {
			this.closes = closes;
		}

	}

	/** Closed from one day to another, inclusive, for a reason. */
	static class ClosureForm {

		private @Nullable String firstDay;

		private @Nullable String lastDay;

		private @Nullable String reason;

		/**
		 * @return the closure, or {@literal null} with errors next to the fields
		 */
		SiteCalendar.@Nullable Closure toClosure(BindingResult result) {
			LocalDate first = date(firstDay, "firstDay", result);
			LocalDate last = date(lastDay, "lastDay", result);
			if (first != null && last != null && last.isBefore(first)) {
				result.rejectValue("lastDay", "network.closure.error.lastBeforeFirst");
			}
			String text = reason == null ? "" : reason.strip();
			if (text.isEmpty()) {
				result.rejectValue("reason", "network.closure.error.reason");
			}
			else if (text.length() > SiteClosure.MAX_REASON) {
				result.rejectValue("reason", "network.validation.max200");
			}
			if (result.hasErrors() || first == null || last == null) {
				return null;
			}
			return new SiteCalendar.Closure(first, last, text);
		}

		private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
			return FormValues.date(text, field, "network.closure.error.date", result);
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
