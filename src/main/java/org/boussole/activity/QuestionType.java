package org.boussole.activity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of questions an activity template may ask, and what each one needs.
 */
enum QuestionType {

	SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE(true), MULTIPLE_CHOICE(true), SCALE, RANKING(true), DATE, CHECKLIST(true),
	/** documents attached by the person, checked by their content */
	FILE, JOB_PICKER, SKILL_PICKER,
	/** the 30 ROME centres of interest, each rated on a scale */
	INTEREST_RATINGS,
	/** an action plan: rows of step, date and status */
	ACTION_STEPS;

	private final boolean needsOptions;

	QuestionType() {
		this(false);
	}

	QuestionType(boolean needsOptions) {
		this.needsOptions = needsOptions;
	}

	boolean needsOptions() {
		return needsOptions;
	}

	/**
	 * @return whether the question takes a number of items (jobs, skills, steps, files)
	 */
	boolean hasItems() {
		return this == JOB_PICKER || this == SKILL_PICKER || this == ACTION_STEPS || this == FILE;
	}

	/**
	 * @return whether the question is rated on a scale with bounds
	 */
	boolean isScale() {
		return this == SCALE || this == INTEREST_RATINGS;
	}

	static Optional<QuestionType> parse(String name) {
		return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
	}

}
