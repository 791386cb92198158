package org.boussole.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.content.RomeReferences;
import org.boussole.content.RomeReferences.InterestRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the answers of a form as the person sent it, question by question, and checks
 * each against its type: a known option, a real date, a value on the scale, a ROME job or
 * skill that exists, an action plan of steps. Form fields are named {@code q_<id>}, with
 * a suffix for the parts of a question ({@code q_<id>_<n>}).
 */
@Component
class AnswerReader {

	static final int MAX_SHORT = 300;

	static final int MAX_LONG = 5000;

	static final List<String> STEP_STATUSES = List.of("TODO", "IN_PROGRESS", "DONE", "ABANDONED");

	/** The statuses of a step still to be done, late once its date is past. */
	static final List<String> OPEN_STEP_STATUSES = List.of("TODO", "IN_PROGRESS");

	private static final Pattern ROME_CODE = Pattern.compile("^([A-Na-n]\\d{4})\\b.*");

	private static final Pattern OGR_CODE = Pattern.compile("^(\\d{3,12})\\b.*");

	private final RomeReferences rome;

	AnswerReader(RomeReferences rome) {
		this.rome = rome;
	}

	/**
	 * What was read: the answers (kept as typed where they are wrong, to show them again)
	 * and the problems by question id, as message keys.
	 */
	record Reading(Answers answers, Map<String, AnswerError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}

	}

	/** A problem with one answer: a message key and its arguments. */
	record AnswerError(String key, Object... arguments) {
	}

	/**
	 * @param params the fields of the form
	 * @param submitting whether required questions must be answered
	 */
	Reading read(TemplateDefinition definition, Map<String, String[]> params, boolean submitting) {
		Answers answers = Answers.empty();
		Map<String, AnswerError> errors = new LinkedHashMap<>();
		definition.questions().forEach(question -> {
			QuestionType type = question.kind();
			if (type == null || type == QuestionType.FILE) {
				return;
			}
			AnswerError error = read(question, type, params, answers);
			if (error == null && submitting && question.required() && answers.isEmpty(question.id())) {
				error = new AnswerError("activity.answer.required");
			}
			if (error == null && submitting && type == QuestionType.INTEREST_RATINGS && question.required()
					&& !answers.isEmpty(question.id()) && !allRated(params, "q_" + question.id())) {
				// a draft may hold some of the interests, what is sent must rate them all
				error = new AnswerError("activity.answer.everyInterest");
			}
			if (error != null) {
				errors.put(question.id(), error);
			}
		});
		return new Reading(answers, errors);
	}

	/**
	 * Reads only the action steps of a form, as the update of a living plan sends them: a
	 * required question must keep at least one step.
	 */
	Reading readSteps(TemplateDefinition definition, Map<String, String[]> params) {
		Answers answers = Answers.empty();
		Map<String, AnswerError> errors = new LinkedHashMap<>();
		for (Question question : definition.stepQuestions()) {
			AnswerError error = steps(question, params, "q_" + question.id(), answers);
			if (error == null && question.required() && answers.isEmpty(question.id())) {
				error = new AnswerError("activity.answer.required");
			}
			if (error != null) {
				errors.put(question.id(), error);
			}
		}
		return new Reading(answers, errors);
	}

	private @Nullable AnswerError read(Question question, QuestionType type, Map<String, String[]> params,
			Answers answers) {
		String name = "q_" + question.id();
		switch (type) {
			case SHORT_TEXT:
			case LONG_TEXT:
				return text(question, type, one(params, name), answers);
			case SINGLE_CHOICE:
				String choice = one(params, name);
				answers.put(question.id(), choice);
				return choice.isEmpty() || question.options().contains(choice) ? null
						: new AnswerError("activity.answer.unknownOption");
			case MULTIPLE_CHOICE:
			case CHECKLIST:
				List<String> chosen = all(params, name);
				answers.put(question.id(), chosen);
				return question.options().containsAll(chosen) && new HashSet<>(chosen).size() == chosen.size() ? null
						: new AnswerError("activity.answer.unknownOption");
			case SCALE:
				String value = one(params, name);
				answers.put(question.id(), value);
				return value.isEmpty() || inScale(value, question) ? null
						: new AnswerError("activity.answer.outOfScale", question.scaleMin(), question.scaleMax());
			case DATE:
				String date = one(params, name);
				answers.put(question.id(), date);
				return date.isEmpty() || isDate(date) ? null : new AnswerError("activity.answer.badDate");
			case RANKING:
				return ranking(question, params, name, answers);
			case JOB_PICKER:
			case SKILL_PICKER:
				return picker(question, type, params, name, answers);
			case INTEREST_RATINGS:
				return interests(question, params, name, answers);
			case ACTION_STEPS:
				return steps(question, params, name, answers);
			default:
				return null;
		}
	}

	private static @Nullable AnswerError text(Question question, QuestionType type, String text, Answers answers) {
		answers.put(question.id(), text);
		int max = type == QuestionType.SHORT_TEXT ? MAX_SHORT : MAX_LONG;
		return text.length() > max ? new AnswerError("activity.answer.tooLong", max) : null;
	}

	private static @Nullable AnswerError ranking(Question question, Map<String, String[]> params, String name,
			Answers answers) {
		List<String> options = question.options();
		String[] ordered = new String[options.size()];
		boolean any = false;
		boolean wrong = false;
		for (int i = 0; i < options.size(); i++) {
			String rank = one(params, name + "_" + i);
			if (rank.isEmpty()) {
				continue;
			}
			any = true;
			int position = number(rank);
			if (position < 1 || position > options.size() || ordered[position - 1] != null) {
				wrong = true;
			}
			else {
				ordered[position - 1] = options.get(i);
			}
		}
		List<String> ranking = new ArrayList<>();
		for (String option : ordered) {
			if (option != null) {
				ranking.add(option);
			}
		}
		answers.put(question.id(), ranking);
		return wrong || (any && ranking.size() < options.size())
				? new AnswerError("activity.answer.badRanking", options.size()) : null;
	}

	private @Nullable AnswerError picker(Question question, QuestionType type, Map<String, String[]> params,
			String name, Answers answers) {
		List<String> items = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < question.itemCount(); i++) {
			String typed = one(params, name + "_" + i);
			if (typed.isEmpty()) {
				continue;
			}
			Optional<String> found = type == QuestionType.JOB_PICKER ? job(typed) : skill(typed);
			items.add(found.orElse(typed));
			if (found.isEmpty()) {
				unknown.add(typed.length() > 60 ? typed.substring(0, 60) + "…" : typed);
			}
		}
		// the options ticked in the picker's search: ROME codes, after what was typed
		String[] ticked = params.getOrDefault(name, new String[0]);
		for (int i = 0; i < ticked.length && i <= question.itemCount(); i++) {
			String code = ticked[i].strip();
			if (code.isEmpty()) {
				continue;
			}
			Optional<String> found = type == QuestionType.JOB_PICKER ? job(code) : skill(code);
			if (found.isEmpty()) {
				unknown.add(code.length() > 60 ? code.substring(0, 60) + "…" : code);
			}
			else if (!items.contains(found.get())) {
				items.add(found.get());
			}
		}
		answers.put(question.id(), items);
		if (unknown.isEmpty() && items.size() > question.itemCount()) {
			return new AnswerError("activity.answer.tooManyItems", question.itemCount());
		}
		if (unknown.isEmpty()) {
			return null;
		}
		return new AnswerError(
				type == QuestionType.JOB_PICKER ? "activity.answer.unknownJob" : "activity.answer.unknownSkill",
				String.join(", ", unknown));
	}

	private Optional<String> job(String typed) {
		Matcher code = ROME_CODE.matcher(typed);
		return rome.findJob(code.matches() ? code.group(1) : typed).map(job -> job.code() + " – " + job.label());
	}

	private Optional<String> skill(String typed) {
		Matcher code = OGR_CODE.matcher(typed);
		return rome.findSkill(code.matches() ? code.group(1) : typed)
			.map(skill -> skill.code() + " – " + skill.label());
	}

	private @Nullable AnswerError interests(Question question, Map<String, String[]> params, String name,
			Answers answers) {
		Map<String, String> ratings = new LinkedHashMap<>();
		boolean wrong = false;
		List<InterestRef> interests = rome.interests();
		for (InterestRef interest : interests) {
			String value = one(params, name + "_" + interest.code());
			if (value.isEmpty()) {
				continue;
			}
			ratings.put(interest.code(), value);
			wrong |= !inScale(value, question);
		}
		answers.put(question.id(), ratings);
		if (wrong) {
			return new AnswerError("activity.answer.outOfScale", question.scaleMin(), question.scaleMax());
		}
		return null;
	}

	private boolean allRated(Map<String, String[]> params, String name) {
		return rome.interests().stream().noneMatch(interest -> one(params, name + "_" + interest.code()).isEmpty());
	}

	private static @Nullable AnswerError steps(Question question, Map<String, String[]> params, String name,
			Answers answers) {
		List<Map<String, String>> rows = new ArrayList<>();
		AnswerError error = null;
		for (int i = 0; i < question.itemCount(); i++) {
			String step = one(params, name + "_" + i + "_step");
			String date = one(params, name + "_" + i + "_date");
			String status = one(params, name + "_" + i + "_status");
			if (step.isEmpty() && date.isEmpty()) {
				continue;
			}
			Map<String, String> row = new LinkedHashMap<>();
			row.put("step", step);
			row.put("date", date);
			row.put("status", status.isEmpty() ? "TODO" : status);
			rows.add(row);
			if (step.isEmpty()) {
				error = new AnswerError("activity.answer.stepMissing");
			}
			else if (step.length() > MAX_SHORT) {
				error = new AnswerError("activity.answer.tooLong", MAX_SHORT);
			}
			else if (!date.isEmpty() && !isDate(date)) {
				error = new AnswerError("activity.answer.badDate");
			}
			else if (!STEP_STATUSES.contains(row.get("status"))) {
				error = new AnswerError("activity.answer.unknownOption");
			}
		}
		answers.put(question.id(), rows);
		return error;
	}

	private static boolean inScale(String value, Question question) {
		int number = number(value);
		return number >= question.scaleMin() && number <= question.scaleMax();
	}

	private static int number(String text) {
		if (text.length() > 3) {
			return Integer.MIN_VALUE;
		}
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return Integer.MIN_VALUE;
		}
	}

	private static boolean isDate(String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			return date.getYear() >= 1900 && date.getYear() <= 2100;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String one(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
	}

	private static List<String> all(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		List<String> list = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (value != null && !value.isBlank() && list.size() < 100) {
					list.add(value.strip());
				}
			}
		}
		return list;
	}

}
