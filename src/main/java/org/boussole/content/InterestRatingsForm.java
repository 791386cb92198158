package org.boussole.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The ratings sent by the form « Mes centres d'intérêt »: one radio group
 * {@code note-<code>} per interest, 0 to 4, an interest left blank counting as 0. Errors
 * are message keys, by interest or for the whole form.
 */
final class InterestRatingsForm {

	static final String PREFIX = "note-";

	private final Map<String, Integer> ratings = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final List<String> formErrors = new ArrayList<>();

	/** A form showing ratings kept earlier. */
	static InterestRatingsForm of(Map<String, Integer> ratings) {
		InterestRatingsForm form = new InterestRatingsForm();
		form.ratings.putAll(ratings);
		return form;
	}

	/**
	 * @param known tells a ROME interest code from anything else
	 */
	static InterestRatingsForm read(MultiValueMap<String, String> params, Predicate<String> known) {
		InterestRatingsForm form = new InterestRatingsForm();
		params.forEach((name, values) -> {
			if (!name.startsWith(PREFIX)) {
				return; // the CSRF token
			}
			String code = name.substring(PREFIX.length());
			if (!known.test(code)) {
				form.formError("content.interests.error.unknown");
			}
			else if (values.size() != 1) {
				form.errors.put(code, "content.interests.error.one");
			}
			else {
				form.readRating(code, values.get(0));
			}
		});
		if (!form.hasErrors() && form.ratings.values().stream().noneMatch(rating -> rating > 0)) {
			form.formError("content.interests.error.none");
		}
		return form;
	}

	private void readRating(String code, String value) {
		String digits = value.strip();
		if (digits.length() == 1 && digits.charAt(0) >= '0' && digits.charAt(0) <= '0' + InterestProfiles.MAX_RATING) {
			ratings.put(code, digits.charAt(0) - '0');
		}
		else {
			errors.put(code, "content.interests.error.range");
		}
	}

	private void formError(String key) {
		if (!formErrors.contains(key)) {
			formErrors.add(key);
		}
	}

	boolean hasErrors() {
		return !errors.isEmpty() || !formErrors.isEmpty();
	}

	/**
	 * @return the valid ratings read, by interest code
	 */
	Map<String, Integer> ratings() {
		return ratings;
	}

	/**
	 * @return the rating to show checked, or {@literal null}
	 */
	public @Nullable Integer rating(String code) {
		return ratings.get(code);
	}

	/**
	 * @return the message key of the error about this interest, or {@literal null}
	 */
	public @Nullable String error(String code) {
		return errors.get(code);
	}

	public List<String> formErrors() {
		return formErrors;
	}

	public boolean invalid() {
		return hasErrors();
	}

}
