package org.boussole.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.activity.TemplateDefinition.Section;
import org.jspecify.annotations.Nullable;

/**
 * The rules a template definition must follow before it is stored, whoever wrote it (a
 * counsellor, an imported file): known question types, options where they are needed,
 * unique question ids, plain text without markup, bounded lengths and counts.
 */
class DefinitionValidator {

	static final int MAX_SECTIONS = 30;

	static final int MAX_QUESTIONS = 200;

	static final int MAX_TITLE = 150;

	static final int MAX_LABEL = 300;

	static final int MAX_TEXT = 2000;

	static final int MAX_OPTION = 200;

	static final int MAX_OPTIONS = 30;

	static final int MAX_ITEMS = 20;

	/** The most files a FILE question may take. */
	static final int MAX_FILES = 5;

	/** The largest file a FILE question may ask for: 10 MB. */
	static final int MAX_FILE_KB = 10 * 1024;

	/** Past this many problems, the rest is not listed. */
	static final int MAX_PROBLEMS = 20;

	private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	/**
	 * @return what is wrong, or an empty list when the definition may be stored
	 */
	List<DefinitionProblem> validate(TemplateDefinition definition) {
		List<DefinitionProblem> problems = new ArrayList<>();
		text(problems, definition.title(), MAX_TITLE, true, "activity.definition.title");
		text(problems, definition.description(), MAX_TEXT, false, "activity.definition.description");
		if (definition.sections().isEmpty()) {
			problems.add(new DefinitionProblem("activity.definition.noSection"));
		}
		if (definition.sections().size() > MAX_SECTIONS) {
			problems.add(new DefinitionProblem("activity.definition.tooManySections", MAX_SECTIONS));
			return problems;
		}
		long count = definition.questions().count();
		if (count > MAX_QUESTIONS) {
			problems.add(new DefinitionProblem("activity.definition.tooManyQuestions", MAX_QUESTIONS));
			return problems;
		}
		if (count == 0) {
			problems.add(new DefinitionProblem("activity.definition.noQuestion"));
		}
		Set<String> ids = new HashSet<>();
		int number = 0;
		for (Section section : definition.sections()) {
			number++;
			text(problems, section.title(), MAX_TITLE, true, "activity.definition.sectionTitle", number);
			text(problems, section.instructions(), MAX_TEXT, false, "activity.definition.instructions", number);
			for (Question question : section.questions()) {
				question(problems, question, ids);
			}
		}
		if (definition.updatedOverTime() && definition.stepQuestions().isEmpty()) {
			problems.add(new DefinitionProblem("activity.definition.livingWithoutSteps"));
		}
		return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
	}

	private static void question(List<DefinitionProblem> problems, Question question, Set<String> ids) {
		String id = question.id();
		if (!ID.matcher(id).matches()) {
			problems.add(new DefinitionProblem("activity.definition.badId", shorten(id)));
		}
		else if (!ids.add(id)) {
			problems.add(new DefinitionProblem("activity.definition.duplicateId", id));
		}
		text(problems, question.label(), MAX_LABEL, true, "activity.definition.label", shorten(id));
		text(problems, question.help(), MAX_TEXT, false, "activity.definition.help", shorten(id));
		text(problems, question.minLabel(), MAX_OPTION, false, "activity.definition.scaleLabel", shorten(id));
		text(problems, question.maxLabel(), MAX_OPTION, false, "activity.definition.scaleLabel", shorten(id));
		QuestionType type = question.kind();
		if (type == null) {
			problems
				.add(new DefinitionProblem("activity.definition.unknownType", shorten(id), shorten(question.type())));
			return;
		}
		options(problems, question, type);
		if (type.isScale()) {
			int min = question.scaleMin();
			int max = question.scaleMax();
			if (min < 0 || max > 10 || min >= max) {
				problems.add(new DefinitionProblem("activity.definition.badScale", shorten(id)));
			}
		}
		int maxItems = type == QuestionType.FILE ? MAX_FILES : MAX_ITEMS;
		if (type.hasItems() && (question.itemCount() < 1 || question.itemCount() > maxItems)) {
			problems.add(new DefinitionProblem("activity.definition.badItems", shorten(id), maxItems));
		}
		if (type == QuestionType.FILE && question.maxSizeKb() != null
				&& (question.maxSizeKb() < 1 || question.maxSizeKb() > MAX_FILE_KB)) {
			problems.add(new DefinitionProblem("activity.definition.fileSize", shorten(id), MAX_FILE_KB / 1024));
		}
	}

	private static void options(List<DefinitionProblem> problems, Question question, QuestionType type) {
		List<String> options = question.options();
		if (!type.needsOptions()) {
			if (!options.isEmpty()) {
				problems.add(new DefinitionProblem("activity.definition.unexpectedOptions", shorten(question.id())));
			}
			return;
		}
		if (options.size() < 2) {
			problems.add(new DefinitionProblem("activity.definition.missingOptions", shorten(question.id())));
		}
		if (options.size() > MAX_OPTIONS) {
			problems
				.add(new DefinitionProblem("activity.definition.tooManyOptions", shorten(question.id()), MAX_OPTIONS));
			return;
		}
		if (new HashSet<>(options).size() < options.size()) {
			problems.add(new DefinitionProblem("activity.definition.duplicateOption", shorten(question.id())));
		}
		for (String option : options) {
			text(problems, option, MAX_OPTION, true, "activity.definition.option", shorten(question.id()));
		}
	}

	private static void text(List<DefinitionProblem> problems, @Nullable String text, int max, boolean required,
			String what, Object... where) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(new DefinitionProblem(what + ".missing", where));
			}
			return;
		}
		if (text.length() > max) {
			problems.add(new DefinitionProblem(what + ".tooLong", append(where, max)));
		}
		if (MARKUP.matcher(text).find()) {
			problems.add(new DefinitionProblem(what + ".markup", where));
		}
	}

	private static Object[] append(Object[] where, int max) {
		Object[] arguments = java.util.Arrays.copyOf(where, where.length + 1);
		arguments[where.length] = max;
		return arguments;
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
