package org.boussole.search;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.EditorialRights;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editors' list of synonyms and acronyms ({@code /redaction/synonymes}). */
@Controller
class SynonymController {

	/** A new synonym: a term and what it may also be written as, separated by commas. */
	record SynonymForm(
			@NotBlank(message = "{search.synonyms.error.term}") @Size(max = 100,
					message = "{search.synonyms.error.term}") String term,
			@NotBlank(message = "{search.synonyms.error.expansions}") @Size(max = 500,
					message = "{search.synonyms.error.expansions}") String expansions) {
	}

	static final int MAX_TERM = 100;

	private final Synonyms synonyms;

	private final EditorialRights rights;

	SynonymController(Synonyms synonyms, EditorialRights rights) {
		this.synonyms = synonyms;
		this.rights = rights;
	}

	/**
	 * Synonyms change the search of the whole network: its editors only, not a
	 * structure's.
	 */
	@ModelAttribute
	void requireNetworkEditor(@AuthenticationPrincipal CurrentUser user) {
		if (!rights.isNetworkEditor(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/**
	 * @param term a term to start from, as when coming from a query of the search report
	 * that found nothing
	 * @param from the period of the report to come back to, if any
	 */
	@GetMapping("/redaction/synonymes")
	String showSynonyms(@RequestParam(name = "terme", defaultValue = "") String term,
			@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to, Model model) {
		String start = term.strip();
		model.addAttribute("form",
				new SynonymForm(start.length() > MAX_TERM ? start.substring(0, MAX_TERM) : start, ""));
		reportPeriod(from, to, model);
		model.addAttribute("synonyms", synonyms.all());
		return "search/synonyms";
	}

	@PostMapping("/redaction/synonymes")
	String addSynonym(@Validated @ModelAttribute("form") SynonymForm form, BindingResult errors,
			@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String to, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && Synonyms.split(form.expansions()).isEmpty()) {
			errors.rejectValue("expansions", "search.synonyms.error.expansions");
		}
		if (!errors.hasErrors() && !synonyms.add(form.term(), form.expansions())) {
			errors.rejectValue("term", "search.synonyms.error.taken");
		}
		if (errors.hasErrors()) {
			reportPeriod(from, to, model);
			model.addAttribute("synonyms", synonyms.all());
			return "search/synonyms";
		}
		redirect.addFlashAttribute("flash", "search.synonyms.added");
		if (reportPeriod(from, to, model)) {
			// back to the report the editor came from; only valid dates go into the
			// address
			redirect.addAttribute("du", from.strip());
			redirect.addAttribute("au", to.strip());
			return "redirect:/redaction/recherches";
		}
		return "redirect:/redaction/synonymes";
	}

	/**
	 * Keeps the period of the search report the editor came from, when both dates are
	 * valid.
	 * @return whether they are
	 */
	private static boolean reportPeriod(String from, String to, Model model) {
		boolean valid = SearchReportController.parse(from.strip()).isPresent()
				&& SearchReportController.parse(to.strip()).isPresent();
		if (valid) {
			model.addAttribute("reportFrom", from.strip());
			model.addAttribute("reportTo", to.strip());
		}
		return valid;
	}

	@PostMapping("/redaction/synonymes/{id}/suppression")
	String deleteSynonym(@PathVariable long id, RedirectAttributes redirect) {
		if (!synonyms.delete(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "search.synonyms.deleted");
		return "redirect:/redaction/synonymes";
	}

}
