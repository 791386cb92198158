package org.boussole.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The form with which the referent gives an activity: a template of the library, the
 * instructions, an optional due date (today or later).
 */
record AssignForm(@Nullable String templateId, @Nullable String instructions, @Nullable String dueDate) {

	static AssignForm empty() {
		return new AssignForm(null, null, null);
	}

	/**
	 * @return the problems by field, as message keys; empty when the form is valid
	 */
	Map<String, String> errors(LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (template() == null) {
			errors.put("templateId", "activity.assign.error.template");
		}
		if (instructions != null && instructions.strip().length() > Activity.MAX_INSTRUCTIONS) {
			errors.put("instructions", "activity.assign.error.instructions");
		}
		if (dueDate != null && !dueDate.isBlank()) {
			LocalDate date = due();
			if (date == null || date.getYear() > 2100) {
				errors.put("dueDate", "activity.assign.error.dueDate");
			}
			else if (date.isBefore(today)) {
				errors.put("dueDate", "activity.assign.error.duePast");
			}
		}
		return errors;
	}

	@Nullable UUID template() {
		return Ids.parse(templateId);
	}

	@Nullable LocalDate due() {
		if (dueDate == null || dueDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(dueDate.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
