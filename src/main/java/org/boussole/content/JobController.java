package org.boussole.content;

import java.util.Locale;
import java.util.regex.Pattern;

import org.boussole.content.JobViews.Fiche;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public job pages: the tree of domains and themes, a domain, a theme and one fiche.
 */
@Controller
class JobController {

	private static final Pattern DOMAIN = Pattern.compile("[A-Z][0-9]{0,2}");

	private static final Pattern THEME = Pattern.compile("[0-9]{1,4}");

	private static final Pattern ANY_CASE_CODE = Pattern.compile("[A-Za-z][0-9]{4}");

	private final JobCatalogue catalogue;

	private final FichePages fichePages;

	JobController(JobCatalogue catalogue, FichePages fichePages) {
		this.catalogue = catalogue;
		this.fichePages = fichePages;
	}

	/** The release named by the source line of every job page. */
	@ModelAttribute("romeRelease")
	String romeRelease() {
		return catalogue.release();
	}

	@GetMapping("/metiers")
	String showTree(Model model) {
		model.addAttribute("tree", catalogue.tree());
		return "content/jobs";
	}

	@GetMapping("/metiers/domaines/{code}")
	String showDomain(@PathVariable String code, Model model) {
		if (!DOMAIN.matcher(code).matches()) {
			throw notFound();
		}
		model.addAttribute("page", catalogue.domain(code).orElseThrow(JobController::notFound));
		return "content/domain";
	}

	@GetMapping("/metiers/themes/{code}")
	String showTheme(@PathVariable String code, Model model) {
		if (!THEME.matcher(code).matches()) {
			throw notFound();
		}
		model.addAttribute("page", catalogue.theme(code).orElseThrow(JobController::notFound));
		return "content/theme";
	}

	@GetMapping("/metiers/{code}")
	String showFiche(@PathVariable String code, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (!ANY_CASE_CODE.matcher(code).matches()) {
			throw notFound();
		}
		String upper = code.toUpperCase(Locale.ROOT);
		if (!upper.equals(code)) {
			// "d1102" typed by hand: one address per fiche
			return "redirect:/metiers/" + upper;
		}
		Fiche fiche = catalogue.fiche(code).orElseThrow(JobController::notFound);
		model.addAttribute("fiche", fiche);
		model.addAttribute("ficheContent", fichePages.content(fiche, locale, request, response));
		return "content/fiche";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
