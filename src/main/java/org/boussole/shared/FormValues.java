package org.boussole.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Dates and times typed in form fields (ISO, as date and time inputs send them): the
 * value, or {@literal null} with the field rejected under the given message key. A date
 * outside the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} is refused with
 * {@value #DATE_OUT_OF_RANGE}: no date of Boussole is that far, and PostgreSQL cannot
 * hold some of them ({@code +999999999-12-31}).
 */
public final class FormValues {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	public static final String DATE_OUT_OF_RANGE = "shared.form.dateOutOfRange";

	private FormValues() {
	}

	/**
	 * @return the date typed ({@code 2026-03-29}), or {@literal null} once the field is
	 * rejected
	 */
	public static @Nullable LocalDate date(@Nullable String text, String field, String errorKey, Errors errors) {
		LocalDate date;
		try {
			date = LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, errorKey);
			return null;
		}
		if (!isInRange(date)) {
			errors.rejectValue(field, DATE_OUT_OF_RANGE);
			return null;
		}
		return date;
	}

	/**
	 * @return whether the date falls in the years Boussole accepts
	 */
	public static boolean isInRange(LocalDate date) {
		return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
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
