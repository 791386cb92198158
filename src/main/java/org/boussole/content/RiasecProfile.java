package org.boussole.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Six RIASEC scores, strongest first (the RIASEC order between equal scores).
 *
 * @param scores the six types, never {@literal null}
 */
public record RiasecProfile(List<RiasecScore> scores) {

	/**
	 * @return whether nothing was rated, so that every score is zero
	 */
	public boolean empty() {
		return scores.stream().allMatch(score -> score.share() == 0);
	}

	/**
	 * @return the Holland code: the letters of the three strongest types, as « RCE »
	 */
	public String code() {
		return scores.stream()
			.filter(score -> score.share() > 0)
			.limit(3)
			.map(RiasecScore::letter)
			.collect(Collectors.joining());
	}

}
