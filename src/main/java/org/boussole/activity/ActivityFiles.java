package org.boussole.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.activity.AnswerReader.AnswerError;
import org.boussole.activity.TemplateDefinition.Question;
import org.boussole.shared.CheckedFile;
import org.boussole.shared.FileChecker;
import org.boussole.shared.FileRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of the FILE questions of an activity: each file sent with the form is
 * checked by its content ({@link FileChecker}: a document or an image, 10 MB at most, or
 * less if the question says so), the count per question is bounded, a file is only taken
 * by a FILE question. What is refused comes back as the problem of its question, and
 * nothing is stored; what is accepted is kept in the data directory.
 */
@Component
class ActivityFiles {

	private final FileChecker checker = new FileChecker();

	private final ActivityFileRepository files;

	private final ActivityFileStore store;

	private final Clock clock;

	ActivityFiles(ActivityFileRepository files, ActivityFileStore store, Clock clock) {
		this.files = files;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The files sent with a form.
	 *
	 * @param parts the file parts by form field ({@code q_<id>})
	 * @param removal the id of a file to remove (the "Retirer" button), if any
	 */
	record Uploads(Map<String, List<MultipartFile>> parts, @Nullable String removal) {

		static final Uploads NONE = new Uploads(Map.of(), null);

		/**
		 * @return whether a file was chosen in any field (a field left empty sends a part
		 * without name nor content)
		 */
		boolean hasFiles() {
			return parts.values().stream().flatMap(List::stream).anyMatch(Uploads::chosen);
		}

		boolean changesFiles() {
			return hasFiles() || removal != null;
		}

		static boolean chosen(MultipartFile file) {
			String name = file.getOriginalFilename();
			return !(file.isEmpty() && (name == null || name.isEmpty()));
		}

	}

	/**
	 * A file as the pages show it.
	 *
	 * @param kilobytes the size, rounded up
	 */
	record FileView(UUID id, String name, long kilobytes) {
	}

	/** A checked file, for a question. */
	record Added(String questionId, CheckedFile file) {
	}

	/**
	 * What the files of a form would become: the files to add and remove, or the problems
	 * by question id and a refusal of the whole form.
	 */
	record Changes(List<Added> added, List<ActivityFile> removed, Map<String, AnswerError> errors,
			@Nullable String refusalKey) {

		boolean valid() {
			return errors.isEmpty() && refusalKey == null;
		}

	}

	/**
	 * @return the files of an activity, oldest first
	 */
	List<ActivityFile> of(UUID activityId) {
		return files.findByActivityIdOrderByUploadedAtAscIdAsc(activityId);
	}

	/**
	 * @return the files of an activity by question id
	 */
	Map<String, List<FileView>> byQuestion(UUID activityId) {
		Map<String, List<FileView>> byQuestion = new LinkedHashMap<>();
		of(activityId).forEach(file -> byQuestion.computeIfAbsent(file.getQuestionId(), id -> new ArrayList<>())
			.add(new FileView(file.getId(), file.getOriginalName(), (file.getSizeBytes() + 1023) / 1024)));
		return byQuestion;
	}

	/**
	 * Checks the files of a form against the questions, without storing anything.
	 * @param submitting whether a required FILE question must hold a file
	 */
	Changes check(Activity activity, TemplateDefinition definition, Uploads uploads, boolean submitting) {
		List<ActivityFile> existing = of(activity.getId());
		Map<String, Question> questions = new LinkedHashMap<>();
		definition.questions()
			.filter(question -> question.kind() == QuestionType.FILE)
			.forEach(question -> questions.put("q_" + question.id(), question));
		String refusal = null;
		for (Map.Entry<String, List<MultipartFile>> part : uploads.parts().entrySet()) {
			if (part.getValue().stream().anyMatch(Uploads::chosen) && !questions.containsKey(part.getKey())) {
				refusal = "activity.file.error.notFileQuestion";
			}
		}
		List<ActivityFile> removed = new ArrayList<>();
		if (uploads.removal() != null) {
			existing.stream()
				.filter(file -> file.getId().toString().equals(uploads.removal()))
				.findFirst()
				.ifPresent(removed::add);
			if (removed.isEmpty()) {
				refusal = "activity.file.error.unknown";
			}
		}
		List<Added> added = new ArrayList<>();
		Map<String, AnswerError> errors = new LinkedHashMap<>();
		for (Map.Entry<String, Question> entry : questions.entrySet()) {
			Question question = entry.getValue();
			List<MultipartFile> chosen = uploads.parts()
				.getOrDefault(entry.getKey(), List.of())
				.stream()
				.filter(Uploads::chosen)
				.toList();
			long kept = existing.stream()
				.filter(file -> file.getQuestionId().equals(question.id()) && !removed.contains(file))
				.count();
			AnswerError error = null;
			if (kept + chosen.size() > question.itemCount()) {
				error = new AnswerError("activity.file.error.tooMany", question.itemCount());
			}
			for (int i = 0; error == null && i < chosen.size(); i++) {
				error = check(question, chosen.get(i), added);
			}
			if (error == null && submitting && question.required() && kept + chosen.size() == 0) {
				error = new AnswerError("activity.answer.required");
			}
			if (error != null) {
				errors.put(question.id(), error);
			}
		}
		return new Changes(added, removed, errors, refusal);
	}

	private @Nullable AnswerError check(Question question, MultipartFile file, List<Added> added) {
		String name = FileChecker.cleanName(file.getOriginalFilename());
		if (file.getSize() > question.fileSizeLimit() && question.fileSizeLimit() < FileChecker.MAX_SIZE) {
			return new AnswerError("activity.file.error.tooLarge", name, question.fileSizeLimit() / 1024);
		}
		try {
			added.add(new Added(question.id(), checker.check(file.getOriginalFilename(), file.getSize(), file)));
			return null;
		}
		catch (FileRefused refused) {
			return new AnswerError(refused.messageKey(), refused.fileName());
		}
	}

	/**
	 * Keeps the files added and removes those taken away (from the data directory once
	 * the transaction is committed).
	 */
	void apply(Activity activity, Changes changes) {
		for (ActivityFile file : changes.removed()) {
			files.delete(file);
			store.deleteAfterCommit(List.of(file.getStoredName()));
		}
		for (Added file : changes.added()) {
			String storedName = store.store(file.file());
			files.save(new ActivityFile(activity, file.questionId(), file.file(), storedName, clock.instant()));
		}
	}

	/**
	 * @return the file if it belongs to that activity; otherwise 404
	 */
	ActivityFile find(UUID activityId, UUID fileId) {
		return files.findById(fileId)
			.filter(file -> file.getActivityId().equals(activityId))
			.orElseThrow(TemplateLibrary::notFound);
	}

	java.nio.file.Path path(ActivityFile file) {
		return store.path(file.getStoredName());
	}

}
