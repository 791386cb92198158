package org.boussole.content.event;

import java.time.ZonedDateTime;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.Revision;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revision history of an event (who did what, when) and the restoration of what an
 * earlier revision held, for the editors of that event's structure.
 */
@Controller
@RequestMapping("/redaction/evenements/{id}/historique")
class EventHistoryController {

	private final EventEditing editing;

	EventHistoryController(EventEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String showHistory(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		UUID eventId = EventController.idOf(id);
		model.addAttribute("card", editing.card(editing.find(user, eventId)));
		model.addAttribute("revisions",
				editing.history(user, eventId)
					.stream()
					.map(revision -> new RevisionRow(revision, revision.getAt().atZone(EventManagement.ZONE)))
					.toList());
		return "content/event/history";
	}

	@PostMapping("/{number}/restaurer")
	String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable int number,
			RedirectAttributes redirect) {
		UUID eventId = EventController.idOf(id);
		try {
			editing.restore(user, eventId, number);
			redirect.addFlashAttribute("flash", "content.event.history.restored");
		}
		catch (IllegalArgumentException unknown) {
			redirect.addFlashAttribute("flashError", "content.event.history.unknown");
		}
		catch (EventRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/redaction/evenements/" + eventId;
	}

	/** A revision with its time in the editors' zone. */
	record RevisionRow(Revision revision, ZonedDateTime at) {

	}

}
