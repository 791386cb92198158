package org.boussole.activity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.boussole.accompaniment.DossierActivities;
import org.boussole.accompaniment.DossierActivities.Step;
import org.boussole.accompaniment.DossierEvents.DossierRequested;
import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.content.InterestProfiles;
import org.boussole.content.SelfGuidedInterests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * The bridge from the self-guided « Mes centres d'intérêt » to being accompanied: a
 * visitor who rated the interests on the public page, then asked for accompaniment from
 * its result, finds on their new dossier the built-in activity « Mes centres d'intérêt »
 * holding those ratings, sent, for the referent to review. The ratings then leave the
 * session.
 *
 * <p>
 * {@link DossierRequested} is published in the request thread, inside the transaction
 * that stores the dossier: the activity is stored with it, or not at all.
 */
@Component
class SelfGuidedStart {

	static final String TEMPLATE_KEY = "centres-interet";

	private static final Logger log = LoggerFactory.getLogger(SelfGuidedStart.class);

	private final SelfGuidedInterests selfGuided;

	private final InterestProfiles interests;

	private final TemplateRepository templates;

	private final TemplateLibrary library;

	private final ActivityRepository activities;

	private final DossierActivities timeline;

	private final Clock clock;

	SelfGuidedStart(SelfGuidedInterests selfGuided, InterestProfiles interests, TemplateRepository templates,
			TemplateLibrary library, ActivityRepository activities, DossierActivities timeline, Clock clock) {
		this.selfGuided = selfGuided;
		this.interests = interests;
		this.templates = templates;
		this.library = library;
		this.activities = activities;
		this.timeline = timeline;
		this.clock = clock;
	}

	@EventListener
	void on(DossierRequested requested) {
		if (!SelfGuidedInterests.ORIGIN.equals(requested.origin())
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		HttpSession session = request.getRequest().getSession(false);
		Map<String, Integer> ratings = selfGuided.ratings(session);
		if (ratings.isEmpty()) {
			return;
		}
		ActivityTemplate template = templates.findByBuiltinKey(TEMPLATE_KEY).orElse(null);
		if (template == null || template.isArchived()) {
			log.warn("No built-in template {} to keep the interests of dossier {}", TEMPLATE_KEY,
					requested.dossierId());
			return;
		}
		TemplateVersion version = library.currentVersion(template);
		Answers answers = answers(library.definition(version), ratings);
		if (answers.asMap().isEmpty()) {
			return;
		}
		Activity activity = new Activity(requested.dossierId(), requested.beneficiaryId(), version,
				library.definition(version).updatedOverTime(), template.getTitle(), null, null, null,
				requested.beneficiaryId(), clock.instant());
		activity.submit(answers, clock.instant());
		activities.save(activity);
		timeline.record(requested.dossierId(), requested.beneficiaryId(), Step.SUBMITTED);
		selfGuided.forget(session);
	}

	/**
	 * The ratings on the scale of each interest question of the template, every interest
	 * answered (one not rated on the page counts as « not at all »).
	 */
	private Answers answers(TemplateDefinition definition, Map<String, Integer> ratings) {
		Answers answers = Answers.empty();
		for (TemplateDefinition.Section section : definition.sections()) {
			for (Question question : section.questions()) {
				if (question.kind() != QuestionType.INTEREST_RATINGS) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				interests.interests()
					.forEach(interest -> values.put(interest.code(),
							String.valueOf(ActivityResults.toQuestionScale(ratings.getOrDefault(interest.code(), 0),
									question.scaleMin(), question.scaleMax()))));
				answers.put(question.id(), values);
			}
		}
		return answers;
	}

}
