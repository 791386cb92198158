package org.boussole.content;

import java.util.List;

/**
 * What a person's ratings of the ROME interests say.
 *
 * @param strongest the interests rated highest, at most five, strongest first
 * @param riasec the RIASEC profile drawn from the fiches of the rated interests
 * @param suggestions fiches to read, best first
 */
public record InterestResult(List<RatedInterest> strongest, RiasecProfile riasec, List<JobSuggestion> suggestions) {

	/**
	 * @return whether no interest was rated above zero
	 */
	public boolean empty() {
		return strongest.isEmpty();
	}

}
