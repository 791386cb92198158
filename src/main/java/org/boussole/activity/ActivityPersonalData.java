package org.boussole.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accompaniment.DossierExport;
import org.boussole.accompaniment.DossierExportPart;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.activity.PlanUpdate.Change;
import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.content.RomeReferences;
import org.boussole.content.RomeReferences.InterestRef;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The activities of a dossier in the person's personal data archive: what was asked,
 * where each stands, their answers as they read them (each question's label with the
 * answer in words: choices, ratings, jobs and skills with their codes, the steps of a
 * plan), the referent's comment, the history of a living plan, and the documents they
 * attached, copied into the archive under {@code activites/}.
 */
@Component
@Order(30)
class ActivityPersonalData implements DossierExportPart {

	private final ActivityRepository activities;

	private final ActivityManagement management;

	private final ActivityFiles files;

	private final PlanUpdateRepository updates;

	private final AccountManagement accounts;

	private final AccountNames names;

	private final RomeReferences rome;

	private final MessageSource messages;

	ActivityPersonalData(ActivityRepository activities, ActivityManagement management, ActivityFiles files,
			PlanUpdateRepository updates, AccountManagement accounts, AccountNames names, RomeReferences rome,
			MessageSource messages) {
		this.activities = activities;
		this.management = management;
		this.files = files;
		this.updates = updates;
		this.accounts = accounts;
		this.names = names;
		this.rome = rome;
		this.messages = messages;
	}

	@Override
	public String field() {
		return "activites";
	}

	@Override
	public List<Exported> exportFor(UUID dossierId, DossierExport export) {
		List<Exported> exported = new ArrayList<>();
		for (Activity activity : activities.findByDossierIdOrderByAssignedAtDesc(dossierId)) {
			exported.add(export(activity, export));
		}
		return exported;
	}

	private Exported export(Activity activity, DossierExport export) {
		Locale locale = export.locale();
		TemplateDefinition definition = management.definitionOf(activity);
		Answers answers = activity.getAnswers();
		Map<String, List<String>> attached = new LinkedHashMap<>();
		String folder = "activites/" + activity.getTitle() + "-" + activity.getId().toString().substring(0, 8);
		for (ActivityFile file : files.of(activity.getId())) {
			String entry = export.addFile(folder, file.getOriginalName(), files.path(file));
			if (entry != null) {
				attached.computeIfAbsent(file.getQuestionId(), id -> new ArrayList<>()).add(entry);
			}
		}
		List<Answer> read = new ArrayList<>();
		for (TemplateDefinition.Section section : definition.sections()) {
			for (Question question : section.questions()) {
				read.add(new Answer(section.title(), question.label(), answer(question, answers, attached, locale)));
			}
		}
		boolean accepted = activity.getStatus() == ActivityStatus.ACCEPTED;
		return new Exported(activity.getTitle(), activity.getInstructions(),
				label(activity.getStatus().messageKey(), locale), activity.getDueDate(), activity.getAssignedAt(),
				activity.getSubmittedAt(), accepted ? activity.getReviewedAt() : null, read,
				activity.getReviewComment(), history(activity, locale));
	}

	private Object answer(Question question, Answers answers, Map<String, List<String>> attached, Locale locale) {
		QuestionType kind = question.kind();
		if (kind == QuestionType.FILE) {
			return attached.getOrDefault(question.id(), List.of());
		}
		if (kind == QuestionType.INTEREST_RATINGS) {
			Map<String, String> ratings = answers.ratings(question.id());
			List<String> read = new ArrayList<>();
			for (InterestRef interest : rome.interests()) {
				String rating = ratings.get(interest.code());
				if (rating != null) {
					read.add(label("activity.answer.rating", locale, interest.label(), rating, question.scaleMax()));
				}
			}
			return read;
		}
		if (kind == QuestionType.ACTION_STEPS) {
			return answers.steps(question.id())
				.stream()
				.map(row -> new Step(row.getOrDefault("step", ""), blankToNull(row.get("date")),
						label("activity.step." + row.getOrDefault("status", "TODO"), locale)))
				.toList();
		}
		if (kind == QuestionType.SCALE) {
			String value = answers.text(question.id());
			return value.isEmpty() ? "" : value + "/" + question.scaleMax();
		}
		List<String> values = answers.values(question.id());
		// choices are kept as their labels, jobs and skills as their codes and titles
		return values.isEmpty() ? answers.text(question.id()) : values;
	}

	private List<Update> history(Activity activity, Locale locale) {
		List<PlanUpdate> history = updates.findByActivityIdOrderByUpdatedAtDescIdAsc(activity.getId());
		if (history.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> authors = accounts
			.findAll(history.stream().map(PlanUpdate::getAuthorId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, account -> names.in(account, locale), (a, b) -> a));
		return history.stream()
			.map(update -> new Update(update.getUpdatedAt(), authors.getOrDefault(update.getAuthorId(), ""),
					update.getChanges().stream().map(change -> change(change, locale)).toList()))
			.toList();
	}

	private String change(Change change, Locale locale) {
		String key = "activity.plan.change." + change.kind().name();
		String from = Objects.requireNonNullElse(change.from(), "");
		String to = Objects.requireNonNullElse(change.to(), "");
		switch (change.kind()) {
			case ADDED:
				return label(key, locale, change.step(), label("activity.step." + to, locale));
			case REMOVED:
				return label(key, locale, change.step());
			case STATUS:
				return label(key, locale, change.step(), label("activity.step." + from, locale),
						label("activity.step." + to, locale));
			case DATE:
				return label(key, locale, change.step(), date(from, locale), date(to, locale));
			default:
				return label(key, locale, from, to);
		}
	}

	private String date(String iso, Locale locale) {
		if (iso.isEmpty()) {
			return label("activity.plan.noDate", locale);
		}
		try {
			return LocalDate.parse(iso).toString();
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private String label(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * An activity as the archive holds it.
	 *
	 * @param acceptee when the referent accepted it
	 * @param reponses each question with its answer: a text, a list of texts, the steps
	 * of a plan, or the entries of the attached files
	 */
	record Exported(String titre, @Nullable String consignes, String etat, @Nullable LocalDate aFairePour,
			Instant proposeeLe, @Nullable Instant envoyeeLe, @Nullable Instant accepteeLe, List<Answer> reponses,
			@Nullable String commentaireDuConseiller, List<Update> historiqueDuPlan) {
	}

	record Answer(String partie, String question, Object reponse) {
	}

	record Step(String etape, @Nullable String date, String etat) {
	}

	record Update(Instant le, String par, List<String> changements) {
	}

}
