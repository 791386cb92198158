package org.boussole.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds fiches in force for a job picker: by ROME code (or its beginning, « D11 »), or by
 * the words of a fiche's label or of one of its job titles, accents and case aside.
 */
@Service
public class JobPicker {

	/** The most options a lookup gives. */
	public static final int MAX_OPTIONS = 20;

	private static final Pattern CODE = Pattern.compile("[A-Za-z][0-9]{1,4}");

	private final Supplier<TitleIndex> index;

	@Autowired
	JobPicker(RomeSnapshots snapshots) {
		this(snapshots::titles);
	}

	JobPicker(Supplier<TitleIndex> index) {
		this.index = index;
	}

	/**
	 * @param query what the person typed; blank, over-long or meaningless gives nothing
	 * @return at most {@link #MAX_OPTIONS} options: the fiches whose label matches first,
	 * main fiches before the more specific ones, then those found by a job title
	 */
	public List<JobOption> find(String query) {
		String typed = query.strip();
		if (typed.length() > SearchWords.MAX_QUERY_LENGTH) {
			return List.of();
		}
		TitleIndex current = index.get();
		if (CODE.matcher(typed).matches()) {
			String prefix = typed.toUpperCase(Locale.ROOT);
			return current.jobs.stream()
				.filter(job -> job.code().startsWith(prefix))
				.sorted((a, b) -> a.code().compareTo(b.code()))
				.limit(MAX_OPTIONS)
				.map(job -> new JobOption(job.code(), job.label(), null))
				.toList();
		}
		List<String> words = SearchWords.query(typed);
		if (words.isEmpty()) {
			return List.of();
		}
		List<JobOption> mainByLabel = new ArrayList<>();
		List<JobOption> otherByLabel = new ArrayList<>();
		List<JobOption> byTitle = new ArrayList<>();
		for (TitleIndex.Job job : current.jobs) {
			if (SearchWords.matchesAll(job.words(), words)) {
				(job.main() ? mainByLabel : otherByLabel).add(new JobOption(job.code(), job.label(), null));
				continue;
			}
			for (int t = 0; t < job.titles().size(); t++) {
				if (SearchWords.matchesAll(job.titleWords().get(t), words)) {
					byTitle.add(new JobOption(job.code(), job.label(), job.titles().get(t)));
					break;
				}
			}
		}
		List<JobOption> options = new ArrayList<>(mainByLabel);
		options.addAll(otherByLabel);
		options.addAll(byTitle);
		return List.copyOf(options.subList(0, Math.min(MAX_OPTIONS, options.size())));
	}

}
