package org.boussole.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accompaniment.DossierActivities;
import org.boussole.accompaniment.DossierActivities.Step;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.activity.ActivityManagement.Access;
import org.boussole.activity.AnswerReader.AnswerError;
import org.boussole.activity.AnswerReader.Reading;
import org.boussole.activity.PlanUpdate.Change;
import org.boussole.activity.PlanUpdate.Kind;
import org.boussole.activity.TemplateDefinition.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Living plans: an accepted activity whose template is living (an action plan) stays open
 * to updates of its steps (status, date, text, new steps) by its beneficiary and by the
 * referent (or an admin of the structure), while the dossier is open. Each update is
 * dated and attributed, kept with what changed, and noted on the dossier's timeline
 * without any content.
 */
@Service
@Transactional
class LivingPlans {

	private final ActivityManagement management;

	private final AnswerReader reader;

	private final PlanUpdateRepository updates;

	private final DossierActivities timeline;

	private final AccountManagement accounts;

	private final AccountNames accountNames;

	private final Clock clock;

	LivingPlans(ActivityManagement management, AnswerReader reader, PlanUpdateRepository updates,
			DossierActivities timeline, AccountManagement accounts, AccountNames accountNames, Clock clock) {
		this.management = management;
		this.reader = reader;
		this.updates = updates;
		this.timeline = timeline;
		this.accounts = accounts;
		this.accountNames = accountNames;
		this.clock = clock;
	}

	/**
	 * What became of an update: stored (or nothing to change), or refused with the
	 * problems by question and a refusal of the whole form; nothing stored then.
	 */
	record Outcome(Answers answers, Map<String, AnswerError> errors, @Nullable String refusalKey, boolean changed) {

		boolean stored() {
			return errors.isEmpty() && refusalKey == null;
		}

	}

	/** The plan as its pages show it. */
	record PlanView(boolean editable, String action, List<UpdateView> history) {
	}

	/** One update of the history. */
	record UpdateView(ZonedDateTime at, String authorName, List<ChangeView> changes) {
	}

	/** One change, ready to show: dates formatted, statuses as codes. */
	record ChangeView(String kind, String step, String from, String to) {
	}

	/**
	 * Updates the steps of a living plan.
	 * @param staff whether the person acts as staff (referent or admin of the structure)
	 * rather than as the beneficiary
	 */
	Outcome update(CurrentUser user, UUID activityId, boolean staff, Map<String, String[]> form) {
		Access access = staff ? management.forStaff(user, activityId) : management.forBeneficiary(user, activityId);
		Activity activity = access.activity();
		TemplateDefinition definition = management.definitionOf(activity);
		Reading reading = reader.readSteps(definition, form);
		String refusal = !access.dossier().open() ? "activity.plan.error.closed"
				: !activity.isPlanOpen() ? "activity.plan.error.notOpen" : null;
		if (!reading.valid() || refusal != null) {
			return new Outcome(reading.answers(), reading.errors(), refusal, false);
		}
		Answers before = activity.getAnswers();
		Map<String, Object> after = new LinkedHashMap<>(before.asMap());
		List<Change> changes = new ArrayList<>();
		for (Question question : definition.stepQuestions()) {
			List<Map<String, String>> rows = reading.answers().steps(question.id());
			changes.addAll(changes(before.steps(question.id()), rows));
			after.put(question.id(), rows);
		}
		if (changes.isEmpty()) {
			return new Outcome(reading.answers(), Map.of(), null, false);
		}
		activity.updatePlan(new Answers(after), clock.instant());
		updates.save(new PlanUpdate(activity, user.id(), clock.instant(), changes));
		timeline.record(activity.getDossierId(), user.id(), Step.UPDATED);
		return new Outcome(reading.answers(), Map.of(), null, true);
	}

	/**
	 * @return what changed from one list of steps to the other, row by row
	 */
	static List<Change> changes(List<Map<String, String>> before, List<Map<String, String>> after) {
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
			Map<String, String> old = i < before.size() ? before.get(i) : null;
			Map<String, String> now = i < after.size() ? after.get(i) : null;
			if (old == null && now != null) {
				changes.add(new Change(Kind.ADDED, value(now, "step"), null, value(now, "status")));
				if (!value(now, "date").isEmpty()) {
					changes.add(new Change(Kind.DATE, value(now, "step"), "", value(now, "date")));
				}
			}
			else if (old != null && now == null) {
				changes.add(new Change(Kind.REMOVED, value(old, "step"), null, null));
			}
			else if (old != null) {
				String step = value(now, "step");
				if (!value(old, "step").equals(step)) {
					changes.add(new Change(Kind.RENAMED, step, value(old, "step"), step));
				}
				if (!value(old, "status").equals(value(now, "status"))) {
					changes.add(new Change(Kind.STATUS, step, value(old, "status"), value(now, "status")));
				}
				if (!value(old, "date").equals(value(now, "date"))) {
					changes.add(new Change(Kind.DATE, step, value(old, "date"), value(now, "date")));
				}
			}
		}
		return changes;
	}

	private static String value(Map<String, String> row, String key) {
		return Objects.requireNonNullElse(row.get(key), "");
	}

	/**
	 * Adds the plan to a page when the activity is an accepted living plan: whether it
	 * may be updated now (the dossier is open), where the form goes, and its history.
	 */
	@Transactional(readOnly = true)
	void addTo(Model model, Access access, String action) {
		Activity activity = access.activity();
		if (!activity.isPlanOpen()) {
			// before it is accepted, the plan is filled in and sent as any activity
			return;
		}
		List<PlanUpdate> history = updates.findByActivityIdOrderByUpdatedAtDescIdAsc(activity.getId());
		Map<UUID, String> names = history.isEmpty() ? Map.of()
				: accounts.findAll(history.stream().map(PlanUpdate::getAuthorId).collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, accountNames::of, (a, b) -> a));
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<UpdateView> views = history.stream()
			.map(update -> new UpdateView(update.getUpdatedAt().atZone(access.dossier().zone()),
					names.getOrDefault(update.getAuthorId(), ""),
					update.getChanges().stream().map(change -> view(change, dates)).toList()))
			.toList();
		model.addAttribute("plan", new PlanView(activity.isPlanOpen() && access.dossier().open(), action, views));
	}

	private static ChangeView view(Change change, DateTimeFormatter dates) {
		boolean date = change.kind() == Kind.DATE;
		return new ChangeView(change.kind().name(), change.step(),
				date ? date(change.from(), dates) : Objects.requireNonNullElse(change.from(), ""),
				date ? date(change.to(), dates) : Objects.requireNonNullElse(change.to(), ""));
	}

	private static String date(@Nullable String iso, DateTimeFormatter dates) {
		if (iso == null || iso.isEmpty()) {
			return "";
		}
		try {
			return LocalDate.parse(iso).format(dates);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	/**
	 * @return today where the dossier is followed, to tell late steps
	 */
	LocalDate today(Access access) {
		return management.today(access.dossier());
	}

}
