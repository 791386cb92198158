package org.boussole.content.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' event pages: the events they may edit, creating and editing one,
 * publishing, scheduling, unpublishing and cancelling it, and who registered. Every
 * handler checks the editor's rights on that event's structure (see
 * {@link EventEditing}).
 */
@Controller
@RequestMapping("/redaction/evenements")
class EventEditorController {

	private static final String FORM = "content/event/form";

	private final EventEditing editing;

	EventEditorController(EventEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String listEvents(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("events", editing.editableBy(user));
		return "content/event/list";
	}

	@GetMapping("/nouveau")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		EventForm form = new EventForm();
		editing.structuresOf(user).stream().findFirst().ifPresent(s -> form.setStructureId(s.id().toString()));
		return showForm(user, form, null, model);
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EventDetails details = form.toDetails(result);
		if (details == null) {
			return showForm(user, form, null, model);
		}
		try {
			UUID id = editing.create(user, details);
			redirect.addFlashAttribute("flash", "content.event.editor.created");
			return "redirect:/redaction/evenements/" + id;
		}
		catch (EventRuleException ex) {
			reject(result, ex);
			return showForm(user, form, null, model);
		}
	}

	@GetMapping("/{id}")
	String showEvent(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		UUID eventId = EventController.idOf(id);
		Event event = editing.find(user, eventId);
		model.addAttribute("card", editing.card(event));
		model.addAttribute("publishAt",
				(event.getPublishAt() == null) ? null : event.getPublishAt().atZone(EventManagement.ZONE));
		model.addAttribute("registrants", editing.registrants(user, eventId));
		return "content/event/detail";
	}

	@GetMapping("/{id}/modifier")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Event event = editing.find(user, EventController.idOf(id));
		return showForm(user, EventForm.of(event), event.getId(), model);
	}

	@PostMapping("/{id}/modifier")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Validated @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		editing.find(user, eventId);
		EventDetails details = form.toDetails(result);
		if (details == null) {
			return showForm(user, form, eventId, model);
		}
		try {
			editing.update(user, eventId, form.getVersion(), details);
			redirect.addFlashAttribute("flash", "content.event.editor.saved");
			return "redirect:/redaction/evenements/" + eventId;
		}
		catch (StaleEventException ex) {
			result.reject("content.event.error.stale");
			model.addAttribute("stale", true);
			return showForm(user, form, eventId, model);
		}
		catch (EventRuleException ex) {
			reject(result, ex);
			return showForm(user, form, eventId, model);
		}
	}

	@PostMapping("/{id}/publier")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		return act(eventId, redirect, "content.event.editor.published", () -> editing.publish(user, eventId));
	}

	@PostMapping("/{id}/programmer")
	String schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "publishAt", defaultValue = "") String publishAt, RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		editing.find(user, eventId);
		LocalDateTime at;
		try {
			at = LocalDateTime.parse(publishAt.strip());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("flashError", "content.event.error.publishAt");
			return "redirect:/redaction/evenements/" + eventId;
		}
		return act(eventId, redirect, "content.event.editor.scheduled",
				() -> editing.schedule(user, eventId, at.atZone(EventManagement.ZONE).toInstant()));
	}

	@PostMapping("/{id}/depublier")
	String unpublish(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		return act(eventId, redirect, "content.event.editor.unpublished", () -> editing.unpublish(user, eventId));
	}

	@PostMapping("/{id}/annuler")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		return act(eventId, redirect, "content.event.editor.cancelled", () -> editing.cancel(user, eventId));
	}

	private String act(UUID eventId, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", doneKey);
		}
		catch (EventRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/redaction/evenements/" + eventId;
	}

	private String showForm(CurrentUser user, EventForm form, @Nullable UUID eventId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("eventId", eventId);
		model.addAttribute("structures", editing.structuresOf(user));
		model.addAttribute("sites", editing.sitesOf(user));
		model.addAttribute("kinds", EventKind.values());
		return FORM;
	}

	private static void reject(BindingResult result, EventRuleException ex) {
		if (ex.field().isEmpty()) {
			result.reject(ex.messageKey());
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey());
		}
	}

}
