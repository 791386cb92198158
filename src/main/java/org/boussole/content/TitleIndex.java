package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fiches in force and their job titles, with their words prepared for the job picker.
 */
final class TitleIndex {

	/** A fiche, its words, and its titles with theirs at the same index. */
	record Job(String code, String label, boolean main, String words, List<String> titles, List<String> titleWords) {
	}

	final List<Job> jobs;

	final Map<String, Job> byCode;

	private TitleIndex(List<Job> jobs) {
		this.jobs = List.copyOf(jobs);
		Map<String, Job> codes = new LinkedHashMap<>();
		jobs.forEach(job -> codes.put(job.code(), job));
		this.byCode = Map.copyOf(codes);
	}

	static Builder builder() {
		return new Builder();
	}

	/** Collects the fiches, then their titles (main titles first is the best order). */
	static final class Builder {

		private final Map<String, String[]> jobs = new LinkedHashMap<>();

		private final Map<String, List<String>> titles = new LinkedHashMap<>();

		void job(String code, String label, String parentCode) {
			jobs.put(code, new String[] { label, parentCode });
		}

		void title(String jobCode, String label) {
			titles.computeIfAbsent(jobCode, k -> new ArrayList<>()).add(label);
		}

		TitleIndex build() {
			List<Job> built = new ArrayList<>();
			jobs.forEach((code, row) -> {
				List<String> own = titles.getOrDefault(code, List.of());
				built.add(new Job(code, row[0], code.equals(row[1]), SearchWords.padded(row[0]), List.copyOf(own),
						own.stream().map(SearchWords::padded).toList()));
			});
			built.sort(Comparator.comparing(Job::words));
			return new TitleIndex(built);
		}

	}

}
