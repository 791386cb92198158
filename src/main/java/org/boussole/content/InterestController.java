package org.boussole.content;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * « Mes centres d'intérêt », open to any visitor: the 30 ROME interests rated from 0 to
 * 4, then the result. The ratings are kept in the visitor's session, so that the result
 * can be reloaded and the form shows them again; no account is needed.
 */
@Controller
class InterestController {

	static final String PATH = "/metiers/centres-interet";

	static final String RESULT_PATH = PATH + "/resultat";

	/** The session attribute holding the last valid ratings (a serializable map). */
	static final String RATINGS = SelfGuidedInterests.RATINGS;

	private final InterestProfiles profiles;

	private final SelfGuidedInterests selfGuided;

	InterestController(InterestProfiles profiles, SelfGuidedInterests selfGuided) {
		this.profiles = profiles;
		this.selfGuided = selfGuided;
	}

	@GetMapping(PATH)
	String showForm(HttpServletRequest request, Model model) {
		return form(InterestRatingsForm.of(stored(request)), model);
	}

	@PostMapping(PATH)
	String processForm(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
		InterestRatingsForm form = InterestRatingsForm.read(params, profiles::isInterest);
		if (form.hasErrors()) {
			// the ratings kept before stay as they were
			return form(form, model);
		}
		selfGuided.keep(request.getSession(), form.ratings());
		return "redirect:" + RESULT_PATH;
	}

	@GetMapping(RESULT_PATH)
	String showResult(HttpServletRequest request, Model model) {
		Map<String, Integer> ratings = stored(request);
		if (ratings.isEmpty()) {
			return "redirect:" + PATH;
		}
		model.addAttribute("result", profiles.result(ratings));
		model.addAttribute("origin", PATH);
		return "content/interests-result";
	}

	private String form(InterestRatingsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("interests", profiles.interests());
		return "content/interests";
	}

	/** The ratings kept in the session, only those still valid (an import may change). */
	private Map<String, Integer> stored(HttpServletRequest request) {
		return selfGuided.ratings(request.getSession(false));
	}

}
