package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The skills of the fiches in force, read once and kept in memory: every distinct skill
 * with its macro-skill, and the skills of each fiche in its order.
 */
final class SkillIndex {

	/** A fiche and the codes of its skills with, at the same index, their groups. */
	record Job(String code, String label, boolean main, String[] skills, String[] groups) {
	}

	/** A skill with its words prepared for the picker. */
	record Entry(Skill skill, String words) {
	}

	final Map<String, Skill> skills;

	/** Every skill, in the order of their labels. */
	final List<Entry> entries;

	final List<Job> jobs;

	/**
	 * For each skill or macro-skill code, where it is used: {@code job index × SLOTS +
	 * position of the skill in the job}.
	 */
	final Map<String, int[]> postings;

	static final int SLOTS = 4096;

	private SkillIndex(Map<String, Skill> skills, List<Job> jobs) {
		this.skills = Map.copyOf(skills);
		this.entries = skills.values()
			.stream()
			.map(skill -> new Entry(skill, SearchWords.padded(skill.label())))
			.sorted(Comparator.comparing((Entry e) -> e.words()))
			.toList();
		this.jobs = List.copyOf(jobs);
		this.postings = postings(jobs);
	}

	private static Map<String, int[]> postings(List<Job> jobs) {
		Map<String, List<Integer>> lists = new java.util.HashMap<>();
		for (int j = 0; j < jobs.size(); j++) {
			Job job = jobs.get(j);
			for (int s = 0; s < Math.min(SLOTS, job.skills().length); s++) {
				lists.computeIfAbsent(job.skills()[s], k -> new ArrayList<>()).add(j * SLOTS + s);
				if (!job.groups()[s].equals(job.skills()[s])) {
					lists.computeIfAbsent(job.groups()[s], k -> new ArrayList<>()).add(j * SLOTS + s);
				}
			}
		}
		Map<String, int[]> postings = new java.util.HashMap<>();
		lists.forEach((code, list) -> postings.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
		return Map.copyOf(postings);
	}

	static Builder builder() {
		return new Builder();
	}

	/** Collects the fiches, then their skills in order. */
	static final class Builder {

		private final Map<String, Skill> skills = new LinkedHashMap<>();

		private final Map<String, String[]> jobs = new LinkedHashMap<>();

		private final Map<String, List<Skill>> items = new LinkedHashMap<>();

		void job(String code, String label, String parentCode) {
			jobs.put(code, new String[] { label, parentCode });
		}

		/**
		 * @param kind savoir_faire or savoir_etre; other items are left out
		 */
		void item(String jobCode, String kind, String ogr, String groupCode, String groupLabel, String label) {
			if (kind.equals("savoir_faire") || kind.equals("savoir_etre")) {
				Skill skill = skills.computeIfAbsent(ogr,
						k -> new Skill(ogr, label, kind.equals("savoir_etre"), groupCode, groupLabel));
				items.computeIfAbsent(jobCode, k -> new ArrayList<>()).add(skill);
			}
		}

		SkillIndex build() {
			List<Job> built = new ArrayList<>();
			jobs.forEach((code, row) -> {
				List<Skill> own = items.getOrDefault(code, List.of());
				built
					.add(new Job(code, row[0], code.equals(row[1]), own.stream().map(Skill::ogr).toArray(String[]::new),
							own.stream().map(Skill::groupCode).toArray(String[]::new)));
			});
			built.sort(Comparator.comparing(Job::code));
			return new SkillIndex(skills, built);
		}

	}

}
