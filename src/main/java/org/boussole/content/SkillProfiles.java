package org.boussole.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A person's ROME skills grouped by macro-skill, and the fiches that use them most,
 * computed in memory from the skills of every fiche in force.
 */
@Service
public class SkillProfiles {

	/** How many fiches a result gives unless asked otherwise. */
	public static final int JOBS = 20;

	/** More codes than this are not looked at: no one has picked 300 skills. */
	static final int MAX_SKILLS = 300;

	private static final int[] NONE = {};

	private static final Comparator<SkillMatch> BEST_FIRST = Comparator.comparingInt((SkillMatch m) -> -m.matched())
		.thenComparingDouble(m -> -(double) m.matched() / m.total())
		.thenComparing(m -> !m.main())
		.thenComparing(SkillMatch::code);

	private final Supplier<SkillIndex> index;

	@Autowired
	SkillProfiles(RomeSnapshots snapshots) {
		this(snapshots::skills);
	}

	SkillProfiles(Supplier<SkillIndex> index) {
		this.index = index;
	}

	/**
	 * A fiche uses a chosen skill when it lists that skill, or lists a skill of the
	 * chosen macro-skill.
	 * @param ogrs ROME codes of savoir-faire and savoir-être; unknown codes are left out
	 * @return never {@literal null}
	 */
	public SkillResult result(Collection<String> ogrs) {
		return result(ogrs, JOBS);
	}

	/** @see #result(Collection) */
	public SkillResult result(Collection<String> ogrs, int limit) {
		SkillIndex current = index.get();
		Set<String> chosen = new LinkedHashSet<>();
		for (String ogr : ogrs) {
			if (chosen.size() < MAX_SKILLS && ogr != null && current.skills.containsKey(ogr)) {
				chosen.add(ogr);
			}
		}
		// count each skill of a fiche once, even when both it and its macro-skill are
		// chosen
		Set<Integer> seen = new HashSet<>();
		int[] counts = new int[current.jobs.size()];
		for (String code : chosen) {
			for (int posting : current.postings.getOrDefault(code, NONE)) {
				if (seen.add(posting)) {
					counts[posting / SkillIndex.SLOTS]++;
				}
			}
		}
		List<Candidate> matches = new ArrayList<>();
		for (int j = 0; j < counts.length; j++) {
			if (counts[j] > 0) {
				SkillIndex.Job job = current.jobs.get(j);
				matches.add(new Candidate(j, new SkillMatch(job.code(), job.label(), job.main(), counts[j],
						job.skills().length, List.of())));
			}
		}
		matches.sort(Comparator.comparing(Candidate::match, BEST_FIRST));
		List<SkillMatch> best = new ArrayList<>();
		for (Candidate candidate : matches.subList(0, Math.min(Math.max(0, limit), matches.size()))) {
			best.add(withLabels(candidate, current, chosen));
		}
		return new SkillResult(groups(current, chosen), List.copyOf(best));
	}

	/** A fiche that matched, with its index in the snapshot. */
	private record Candidate(int job, SkillMatch match) {
	}

	private static SkillMatch withLabels(Candidate candidate, SkillIndex index, Set<String> chosen) {
		SkillIndex.Job job = index.jobs.get(candidate.job());
		SkillMatch match = candidate.match();
		List<String> labels = new ArrayList<>();
		for (int s = 0; s < job.skills().length; s++) {
			if (chosen.contains(job.skills()[s]) || chosen.contains(job.groups()[s])) {
				labels.add(index.skills.get(job.skills()[s]).label());
			}
		}
		return new SkillMatch(match.code(), match.label(), match.main(), match.matched(), match.total(),
				List.copyOf(labels));
	}

	/** By macro-skill in the order of their labels, then the savoir-être. */
	private static List<SkillGroup> groups(SkillIndex index, Set<String> chosen) {
		Map<String, List<Skill>> byGroup = new LinkedHashMap<>();
		List<Skill> soft = new ArrayList<>();
		for (SkillIndex.Entry entry : index.entries) {
			Skill skill = entry.skill();
			if (!chosen.contains(skill.ogr())) {
				continue;
			}
			if (skill.soft()) {
				soft.add(skill);
			}
			else {
				byGroup.computeIfAbsent(skill.groupCode(), k -> new ArrayList<>()).add(skill);
			}
		}
		List<SkillGroup> groups = new ArrayList<>();
		byGroup.forEach((code, skills) -> groups.add(new SkillGroup(code, skills.get(0).groupLabel(), false, skills)));
		groups.sort(Comparator.comparing(group -> SearchWords.normalize(group.label())));
		if (!soft.isEmpty()) {
			groups.add(new SkillGroup("savoir_etre", "", true, List.copyOf(soft)));
		}
		return List.copyOf(groups);
	}

}
