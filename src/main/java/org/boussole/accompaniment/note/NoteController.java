package org.boussole.accompaniment.note;

import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writes a private note or a shared summary from the staff's dossier page. On a mistake,
 * the dossier page shows the form again with what was typed and the reason next to the
 * field; nothing is stored.
 */
@Controller
class NoteController {

	static final String FORM = "noteForm";

	private final NoteManagement notes;

	NoteController(NoteManagement notes) {
		this.notes = notes;
	}

	@PostMapping("/conseil/dossiers/{id}/notes")
	String processNote(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute(FORM) NoteForm form, BindingResult result, RedirectAttributes redirect) {
		UUID dossierId = parse(id);
		// the form names the dossier it was shown for: a form of another dossier sent to
		// this address is refused, as if this dossier did not exist
		if (!id.equals(form.getDossier())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String page = "redirect:/conseil/dossiers/" + dossierId;
		String problem = Note.textProblem(form.getText());
		if (problem != null) {
			result.rejectValue("text", problem);
		}
		if (!NoteForm.Visibility.PRIVATE.name().equals(form.getVisibility()) && !form.isShared()) {
			result.rejectValue("visibility", "accompaniment.note.error.visibility");
		}
		if (result.hasErrors()) {
			// the dossier check comes first, so that a stranger learns nothing from the
			// form
			notes.check(user, dossierId);
			redirect.addFlashAttribute(FORM, form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
			return page + "#notes";
		}
		try {
			notes.write(user, dossierId, form.isShared(), form.getText());
			redirect.addFlashAttribute("flash",
					form.isShared() ? "accompaniment.note.sharedSaved" : "accompaniment.note.saved");
		}
		catch (IllegalStateException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.note.error.status");
		}
		return page + "#notes";
	}

	private static UUID parse(String id) {
		try {
			if (id.length() == 36) {
				return UUID.fromString(id);
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: not found
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
