package org.boussole.activity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An activity template as data: a title, a description and sections of questions. It is
 * written and read as JSON (see {@link DefinitionReader}) and checked by
 * {@link DefinitionValidator} before it is stored.
 *
 * @param living whether the activity stays open to updates of its action steps once
 * accepted (an action plan, updated over time); it needs an {@code ACTION_STEPS} question
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record TemplateDefinition(String title, @Nullable String description, @Nullable Boolean living,
		List<Section> sections) {

	TemplateDefinition {
		title = Objects.requireNonNullElse(title, "");
		sections = sections == null ? List.of() : sections.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * @return whether the activity is updated over time once accepted
	 */
	public boolean updatedOverTime() {
		return Boolean.TRUE.equals(living);
	}

	/**
	 * @return the questions of the action steps, those a living activity updates
	 */
	public List<Question> stepQuestions() {
		return questions().filter(question -> question.kind() == QuestionType.ACTION_STEPS).toList();
	}

	/**
	 * @return whether a question asks for files
	 */
	public boolean hasFileQuestion() {
		return questions().anyMatch(question -> question.kind() == QuestionType.FILE);
	}

	/**
	 * @return every question, section after section
	 */
	Stream<Question> questions() {
		return sections.stream().flatMap(section -> section.questions().stream());
	}

	/** A part of the form, with what the person should do in it. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Section(String title, @Nullable String instructions, List<Question> questions) {

		Section {
			title = Objects.requireNonNullElse(title, "");
			questions = questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
		}

	}

	/**
	 * One question.
	 *
	 * @param type the name of a {@link QuestionType}, kept as written so that an unknown
	 * one can be told
	 * @param options the choices (single, multiple, ranking, checklist)
	 * @param min the lowest value of a scale (default 1)
	 * @param max the highest value of a scale (default 5, or 4 for interests)
	 * @param maxItems how many jobs, skills, steps or files may be given
	 * @param maxSizeKb the largest file accepted, in kilobytes
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Question(String id, String label, @Nullable String help, boolean required, String type, List<String> options,
			@Nullable Integer min, @Nullable Integer max, @Nullable String minLabel, @Nullable String maxLabel,
			@Nullable Integer maxItems, @Nullable Integer maxSizeKb) {

		Question {
			id = Objects.requireNonNullElse(id, "");
			label = Objects.requireNonNullElse(label, "");
			type = Objects.requireNonNullElse(type, "");
			options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList();
		}

		/**
		 * @return the type, or {@literal null} when unknown
		 */
		public @Nullable QuestionType kind() {
			return QuestionType.parse(type).orElse(null);
		}

		public int scaleMin() {
			return min == null ? 1 : min;
		}

		public int scaleMax() {
			return max != null ? max : (kind() == QuestionType.INTEREST_RATINGS ? 4 : 5);
		}

		public int itemCount() {
			if (maxItems != null) {
				return maxItems;
			}
			QuestionType kind = kind();
			return kind == QuestionType.JOB_PICKER || kind == QuestionType.FILE ? 3
					: kind == QuestionType.ACTION_STEPS ? 8 : 5;
		}

		/**
		 * @return the largest file accepted, in bytes (10 MB unless the question asks for
		 * less)
		 */
		public long fileSizeKb() {
			return fileSizeLimit() / 1024;
		}

		public long fileSizeLimit() {
			return maxSizeKb == null ? DefinitionValidator.MAX_FILE_KB * 1024L : maxSizeKb * 1024L;
		}

	}

}
