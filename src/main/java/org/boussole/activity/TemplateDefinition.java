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
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record TemplateDefinition(String title, @Nullable String description, List<Section> sections) {

	TemplateDefinition {
		title = Objects.requireNonNullElse(title, "");
		sections = sections == null ? List.of() : sections.stream().filter(Objects::nonNull).toList();
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
	 * @param maxItems how many jobs, skills or steps may be given
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
			return kind() == QuestionType.JOB_PICKER ? 3 : kind() == QuestionType.ACTION_STEPS ? 8 : 5;
		}

	}

}
