package org.boussole.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Dates and times typed in form fields (ISO, as date and time inputs send them): the
 * value, or {@literal null} with the field rejected under the given message key.
 */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * @return the date typed ({@code 2026-03-29}), or {@literal null} once the field is
	 * rejected
	 */
	public static @Nullable LocalDate date(@Nullable String text, String field, String errorKey, Errors errors) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, errorKey);
			return null;
		}
	}

	/**
	 * @return the time typed ({@code 09:30}, seconds allowed), or {@literal null} once
	 * the field is rejected
	 */
	public static @Nullable LocalTime time(@Nullable String text, String field, String errorKey, Errors errors) {
		try {
			return LocalTime.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, errorKey);
			return null;
		}
	}

}
