package org.boussole.content;

import java.util.List;

/**
 * A fiche that uses some of a person's skills.
 *
 * @param matched how many of the fiche's skills the person has
 * @param total how many skills the fiche lists
 * @param matchedSkills the labels of the matched skills, in the fiche's order
 */
public record SkillMatch(String code, String label, boolean main, int matched, int total, List<String> matchedSkills) {

	/**
	 * @return the share of the fiche's skills the person has, in whole percent
	 */
	public int percent() {
		return total == 0 ? 0 : Math.round(100f * matched / total);
	}

}
