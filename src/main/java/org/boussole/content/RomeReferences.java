package org.boussole.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other modules may read of the ROME reference data to check what a person typed: a
 * job fiche by its code or one of its titles, a skill by its code or label, and the 30
 * centres of interest ("J'ai envie de …"). Read from the same snapshots in memory as the
 * pickers and the results ({@link RomeSnapshots}), so that a code a picker offers is
 * always one these lookups find.
 */
@Service
public class RomeReferences {

	private final RomeSnapshots snapshots;

	RomeReferences(RomeSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** A job fiche: its ROME code (e.g. D1102) and its label. */
	public record JobRef(String code, String label) {
	}

	/** A skill (savoir-faire or savoir-être): its OGR code and its label. */
	public record SkillRef(String code, String label) {
	}

	/** A centre of interest: its code (1 to 30) and its label. */
	public record InterestRef(String code, String label) {
	}

	/**
	 * @param text a ROME code (any case), the label of a fiche or one of its job titles
	 * (case aside), as typed
	 * @return the fiche in force, if the text names one (the first by code when several
	 * titles are the same)
	 */
	public Optional<JobRef> findJob(String text) {
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > 200) {
			return Optional.empty();
		}
		TitleIndex index = snapshots.titles();
		TitleIndex.Job byCode = index.byCode.get(typed.toUpperCase(Locale.ROOT));
		if (byCode != null) {
			return Optional.of(new JobRef(byCode.code(), byCode.label()));
		}
		String lower = typed.toLowerCase(Locale.ROOT);
		TitleIndex.Job found = null;
		for (TitleIndex.Job job : index.jobs) {
			if ((found == null || job.code().compareTo(found.code()) < 0)
					&& (job.label().toLowerCase(Locale.ROOT).equals(lower)
							|| job.titles().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(lower)))) {
				found = job;
			}
		}
		return Optional.ofNullable(found).map(job -> new JobRef(job.code(), job.label()));
	}

	/**
	 * @param text the OGR code or the label (case aside) of a skill, as typed
	 * @return the skill, if the text names one
	 */
	public Optional<SkillRef> findSkill(String text) {
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > 300) {
			return Optional.empty();
		}
		SkillIndex index = snapshots.skills();
		Skill byCode = index.skills.get(typed);
		if (byCode != null) {
			return Optional.of(new SkillRef(byCode.ogr(), byCode.label()));
		}
		String lower = typed.toLowerCase(Locale.ROOT);
		return index.skills.values()
			.stream()
			.filter(skill -> skill.label().toLowerCase(Locale.ROOT).equals(lower))
			.findFirst()
			.map(skill -> new SkillRef(skill.ogr(), skill.label()));
	}

	/**
	 * @return the centres of interest, in the order of their codes
	 */
	public List<InterestRef> interests() {
		return snapshots.interests().interests.stream().map(i -> new InterestRef(i.code(), i.label())).toList();
	}

}
