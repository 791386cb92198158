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

	@GetMapping("/redaction/synonymes")
	String showSynonyms(Model model) {
		model.addAttribute("form", new SynonymForm("", ""));
		model.addAttribute("synonyms", synonyms.all());
		return "search/synonyms";
	}

	@PostMapping("/redaction/synonymes")
	String addSynonym(@Validated @ModelAttribute("form") SynonymForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && Synonyms.split(form.expansions()).isEmpty()) {
			errors.rejectValue("expansions", "search.synonyms.error.expansions");
		}
		if (!errors.hasErrors() && !synonyms.add(form.term(), form.expansions())) {
			errors.rejectValue("term", "search.synonyms.error.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("synonyms", synonyms.all());
			return "search/synonyms";
		}
		redirect.addFlashAttribute("flash", "search.synonyms.added");
		return "redirect:/redaction/synonymes";
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
