package org.boussole.content;

import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of the job and skill pickers as HTML fragments, for forms that load them
 * with htmx: a list of checkboxes (radio buttons with {@code unique=true}) named after
 * the form's field ({@code champ}), whose values are ROME codes.
 */
@Controller
class PickerController {

	static final String JOBS_PATH = "/metiers/choix/metiers";

	static final String SKILLS_PATH = "/metiers/choix/competences";

	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

	private final JobPicker jobs;

	private final SkillPicker skills;

	PickerController(JobPicker jobs, SkillPicker skills) {
		this.jobs = jobs;
		this.skills = skills;
	}

	@GetMapping(JOBS_PATH)
	String showJobOptions(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "metiers") String champ, @RequestParam(defaultValue = "false") boolean unique,
			Model model) {
		model.addAttribute("options", jobs.find(q));
		return fragment("jobs", champ, unique, model);
	}

	@GetMapping(SKILLS_PATH)
	String showSkillOptions(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "competences") String champ,
			@RequestParam(defaultValue = "false") boolean unique, Model model) {
		model.addAttribute("options", skills.find(q));
		return fragment("skills", champ, unique, model);
	}

	private static String fragment(String name, String field, boolean unique, Model model) {
		model.addAttribute("field", FIELD.matcher(field).matches() ? field : "choix");
		model.addAttribute("type", unique ? "radio" : "checkbox");
		return "content/pickers :: " + name;
	}

}
