package org.boussole.content;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * What a person's ratings of the 30 ROME « centres d'intérêt » say: their strongest
 * interests, a RIASEC profile and fiches to read, computed in memory from the ROME links
 * between interests and fiches (see docs/decisions/0012-interest-and-skill-results.md).
 */
@Service
public class InterestProfiles {

	/** The highest rating: 0 is « not at all », 4 « very much ». */
	public static final int MAX_RATING = 4;

	/** How many fiches a result suggests unless asked otherwise. */
	public static final int SUGGESTIONS = 15;

	private final Supplier<InterestLinks> links;

	@Autowired
	InterestProfiles(RomeSnapshots snapshots) {
		this(snapshots::interests);
	}

	InterestProfiles(Supplier<InterestLinks> links) {
		this.links = links;
	}

	/**
	 * @return the interests of the ROME in their order, never {@literal null}
	 */
	public List<Interest> interests() {
		return links.get().interests;
	}

	/**
	 * @return whether the code is one of the ROME interests
	 */
	public boolean isInterest(String code) {
		return links.get().index.containsKey(code);
	}

	/**
	 * @param ratings interest code → 0 to {@link #MAX_RATING}; a missing interest counts
	 * as 0
	 * @return never {@literal null}; empty when no interest is rated above 0
	 * @throws IllegalArgumentException for an unknown interest or a rating out of range
	 */
	public InterestResult result(Map<String, Integer> ratings) {
		return result(ratings, SUGGESTIONS);
	}

	/**
	 * @param limit how many fiches to suggest at most
	 * @see #result(Map)
	 */
	public InterestResult result(Map<String, Integer> ratings, int limit) {
		InterestLinks current = links.get();
		ratings.forEach((code, rating) -> {
			if (!current.index.containsKey(code)) {
				throw new IllegalArgumentException("unknown interest: " + code);
			}
			if (rating == null || rating < 0 || rating > MAX_RATING) {
				throw new IllegalArgumentException("rating out of range for interest " + code + ": " + rating);
			}
		});
		return new InterestScoring(current).result(ratings, Math.max(0, limit));
	}

}
