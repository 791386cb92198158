package org.boussole.content.guide;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.Author;
import org.boussole.content.editorial.EditorialRights;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a guide: create, edit, preview, publish, schedule, unpublish, mark as reviewed.
 * Only network editors and administrators may (see {@link EditorialRights}); a save over
 * someone else's newer save is refused and the editor keeps what they typed.
 */
@Controller
@RequestMapping("/redaction/guides")
class GuideEditorController {

	private static final String FORM = "content/editorial/guide-form";

	private final GuideManagement guides;

	private final EditorialRights rights;

	GuideEditorController(GuideManagement guides, EditorialRights rights) {
		this.guides = guides;
		this.rights = rights;
	}

	/**
	 * @param title a title to start from, as when coming from a search that found nothing
	 */
	@GetMapping("/nouveau")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "titre", defaultValue = "") String title, Model model) {
		requireGuideEditor(user);
		GuideForm form = new GuideForm();
		String start = title.strip();
		form.setTitle(start.length() > 160 ? start.substring(0, 160) : start);
		return showForm(null, form, model);
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("form") GuideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireGuideEditor(user);
		checkBody(form, result);
		if (!result.hasFieldErrors("slug") && guides.slugTaken(form.getSlug())) {
			result.rejectValue("slug", "content.guide.slug.taken");
		}
		if (result.hasErrors()) {
			return showForm(null, form, model);
		}
		guides.create(Author.of(user), form.getSlug(), form.toContent());
		redirect.addFlashAttribute("flash", "content.editorial.created");
		return "redirect:/redaction/guides/" + form.getSlug();
	}

	@GetMapping("/{slug}")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model) {
		Guide guide = editable(user, slug);
		return showForm(guide, GuideForm.of(guide), model);
	}

	@PostMapping("/{slug}")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			@Validated @ModelAttribute("form") GuideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Guide guide = editable(user, slug);
		form.setSlug(slug);
		checkBody(form, result);
		if (result.hasErrors()) {
			return showForm(guide, form, model);
		}
		try {
			guides.save(Author.of(user), slug, form.getVersion(), form.toContent());
		}
		catch (EditConflict conflict) {
			return showConflict(conflict, form, model);
		}
		catch (ObjectOptimisticLockingFailureException race) {
			return showConflict(new EditConflict(editable(user, slug)), form, model);
		}
		redirect.addFlashAttribute("flash", "content.editorial.saved");
		return "redirect:/redaction/guides/" + slug;
	}

	@GetMapping("/{slug}/apercu")
	String showPreview(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model) {
		editable(user, slug);
		model.addAttribute("guide", guides.preview(slug).orElseThrow(GuideController::notFound));
		model.addAttribute("preview", true);
		return "content/guide";
	}

	@PostMapping("/{slug}/publier")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @RequestParam long version,
			RedirectAttributes redirect) {
		editable(user, slug);
		return step(redirect, slug, "content.editorial.published",
				() -> guides.publish(Author.of(user), slug, version));
	}

	@PostMapping("/{slug}/programmer")
	String schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @RequestParam long version,
			@RequestParam(name = "publishAt", defaultValue = "") String publishAt, Model model,
			RedirectAttributes redirect) {
		Guide guide = editable(user, slug);
		Instant at = parseInstant(publishAt);
		try {
			if (at != null) {
				guides.schedule(Author.of(user), slug, version, at);
				redirect.addFlashAttribute("flash", "content.editorial.scheduled");
				return "redirect:/redaction/guides/" + slug;
			}
		}
		catch (IllegalArgumentException inThePast) {
			// told next to the field below
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException | IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", refused instanceof IllegalStateException
					? "content.editorial.refused" : "content.editorial.conflict.step");
			return "redirect:/redaction/guides/" + slug;
		}
		model.addAttribute("scheduleError", "content.editorial.schedule.invalid");
		model.addAttribute("publishAt", publishAt);
		return showForm(guide, GuideForm.of(guide), model);
	}

	@PostMapping("/{slug}/depublier")
	String unpublish(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			RedirectAttributes redirect) {
		editable(user, slug);
		return step(redirect, slug, "content.editorial.unpublished", () -> guides.unpublish(Author.of(user), slug));
	}

	@PostMapping("/{slug}/relu")
	String markReviewed(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
			RedirectAttributes redirect) {
		editable(user, slug);
		return step(redirect, slug, "content.editorial.reviewed", () -> guides.markReviewed(Author.of(user), slug));
	}

	private String step(RedirectAttributes redirect, String slug, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("flashError", "content.editorial.conflict.step");
		}
		catch (IllegalStateException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", "content.editorial.refused");
		}
		return "redirect:/redaction/guides/" + slug;
	}

	private String showForm(@Nullable Guide guide, GuideForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("guide", guide == null ? null : GuideViews.GuideRow.of(guide));
		model.addAttribute("territories", List.of(Territory.values()));
		model.addAttribute("audiences", List.of(Audience.values()));
		model.addAttribute("themes", List.of(Theme.values()));
		return FORM;
	}

	private String showConflict(EditConflict conflict, GuideForm form, Model model) {
		model.addAttribute("conflictBy", conflict.savedBy());
		model.addAttribute("conflictAt", conflict.savedAt().atZone(GuideManagement.ZONE));
		// a second save, now informed, replaces the other version
		form.setVersion(conflict.currentVersion());
		return showForm(editableAfterConflict(form.getSlug()), form, model);
	}

	private Guide editableAfterConflict(String slug) {
		return guides.find(slug).orElseThrow(GuideController::notFound);
	}

	private static void checkBody(GuideForm form, BindingResult result) {
		if (!result.hasFieldErrors("body")) {
			GuideMarkdown.check(form.getBody())
				.ifPresent(problem -> result.rejectValue("body", problem.messageKey(),
						new Object[] { problem.excerpt() }, problem.messageKey()));
		}
	}

	private static @Nullable Instant parseInstant(String value) {
		try {
			return LocalDateTime.parse(value).truncatedTo(ChronoUnit.MINUTES).atZone(GuideManagement.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Guide editable(CurrentUser user, String slug) {
		requireGuideEditor(user);
		if (!Guide.SLUG.matcher(slug).matches()) {
			throw GuideController.notFound();
		}
		return guides.find(slug).orElseThrow(GuideController::notFound);
	}

	private void requireGuideEditor(CurrentUser user) {
		if (!rights.mayEditGuides(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
