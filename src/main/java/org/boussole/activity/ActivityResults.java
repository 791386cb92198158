package org.boussole.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.content.InterestProfiles;
import org.boussole.content.InterestResult;
import org.boussole.content.SkillProfiles;
import org.boussole.content.SkillResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the answers of a sent or accepted activity say, computed by the content module
 * from the ROME links: the interest result of its interest ratings, and the person's
 * skills with the fiches that use them for its skill pickers.
 */
@Service
class ActivityResults {

	private static final Pattern OGR = Pattern.compile("^(\\d{3,12})\\b.*");

	private final InterestProfiles interests;

	private final SkillProfiles skills;

	ActivityResults(InterestProfiles interests, SkillProfiles skills) {
		this.interests = interests;
		this.skills = skills;
	}

	/**
	 * @param interests the interest result, when the activity rates interests and one is
	 * rated above « not at all »
	 * @param skills the skill result, when the activity picks skills and at least one was
	 * picked
	 */
	record Results(@Nullable InterestResult interests, @Nullable SkillResult skills) {

		static final Results NONE = new Results(null, null);

		public boolean any() {
			return interests != null || skills != null;
		}

	}

	/**
	 * @return the results of the answers, none while the activity is not sent or accepted
	 */
	Results of(Activity activity, TemplateDefinition definition) {
		ActivityStatus status = activity.getStatus();
		if (status != ActivityStatus.SUBMITTED && status != ActivityStatus.ACCEPTED) {
			return Results.NONE;
		}
		return of(definition, activity.getAnswers());
	}

	Results of(TemplateDefinition definition, Answers answers) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		List<String> ogrs = new ArrayList<>();
		for (TemplateDefinition.Section section : definition.sections()) {
			for (Question question : section.questions()) {
				if (question.kind() == QuestionType.INTEREST_RATINGS) {
					answers.ratings(question.id()).forEach((code, value) -> {
						Integer rating = toProfileScale(value, question.scaleMin(), question.scaleMax());
						if (rating != null && interests.isInterest(code)) {
							ratings.merge(code, rating, Math::max);
						}
					});
				}
				else if (question.kind() == QuestionType.SKILL_PICKER) {
					for (String item : answers.values(question.id())) {
						Matcher code = OGR.matcher(item);
						if (code.matches()) {
							ogrs.add(code.group(1));
						}
					}
				}
			}
		}
		InterestResult interestResult = ratings.values().stream().anyMatch(r -> r > 0) ? interests.result(ratings)
				: null;
		SkillResult skillResult = ogrs.isEmpty() ? null : skills.result(ogrs);
		if (skillResult != null && skillResult.groups().isEmpty()) {
			skillResult = null;
		}
		return new Results(interestResult, skillResult);
	}

	/**
	 * A rating on the question's scale (e.g. 1 « pas du tout » to 4 « beaucoup ») on the
	 * scale of {@link InterestProfiles}: 0 « not at all » to
	 * {@link InterestProfiles#MAX_RATING}.
	 * @return {@literal null} for a value that is not on the question's scale
	 */
	static @Nullable Integer toProfileScale(@Nullable Object value, int min, int max) {
		if (!(value instanceof String text) || !text.matches("\\d{1,2}") || max <= min) {
			return null;
		}
		int rating = Integer.parseInt(text);
		if (rating < min || rating > max) {
			return null;
		}
		return Math.round((float) (rating - min) * InterestProfiles.MAX_RATING / (max - min));
	}

	/**
	 * A rating of {@link InterestProfiles} (0 to 4) on the question's scale, the inverse
	 * of {@link #toProfileScale} when the scales are the same.
	 */
	static int toQuestionScale(int rating, int min, int max) {
		return min + Math.round((float) rating * (max - min) / InterestProfiles.MAX_RATING);
	}

}
