package org.boussole.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpSession;

/**
 * The ratings a visitor gave on the self-guided page « Mes centres d'intérêt », kept in
 * their HTTP session, for the module that attaches them to the dossier they then ask for.
 */
@Service
public class SelfGuidedInterests {

	/** The page the visitor comes from when they ask for accompaniment after it. */
	public static final String ORIGIN = InterestController.PATH;

	/** The session attribute holding the last valid ratings (a serializable map). */
	static final String RATINGS = "content.interests.ratings";

	private final InterestProfiles profiles;

	SelfGuidedInterests(InterestProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * @param session the visitor's session, if they have one
	 * @return interest code → 0 to {@link InterestProfiles#MAX_RATING}, only the ratings
	 * still valid (an import may change the interests); empty when none is above 0
	 */
	public Map<String, Integer> ratings(@Nullable HttpSession session) {
		@Nullable Object kept = session == null ? null : session.getAttribute(RATINGS);
		Map<String, Integer> ratings = new LinkedHashMap<>();
		if (kept instanceof Map<?, ?> map) {
			map.forEach((code, rating) -> {
				if (code instanceof String c && rating instanceof Integer r && profiles.isInterest(c) && r >= 0
						&& r <= InterestProfiles.MAX_RATING) {
					ratings.put(c, r);
				}
			});
		}
		return ratings.values().stream().anyMatch(r -> r > 0) ? ratings : Map.of();
	}

	/** Keeps the ratings of the form in the session, in place of earlier ones. */
	void keep(HttpSession session, Map<String, Integer> ratings) {
		session.setAttribute(RATINGS, new LinkedHashMap<>(ratings));
	}

	/** Removes the ratings from the session, once they are kept elsewhere. */
	public void forget(@Nullable HttpSession session) {
		if (session != null) {
			session.removeAttribute(RATINGS);
		}
	}

}
