package org.boussole.content.event;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.event.EventManagement.RegistrationOutcome;
import org.boussole.network.NetworkManagement;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public event pages, registration and the person's own registrations.
 */
@Controller
class EventController {

	static final String ONLINE = "en-ligne";

	static final String AT_A_SITE = "sur-place";

	private final EventManagement events;

	private final NetworkManagement network;

	EventController(EventManagement events, NetworkManagement network) {
		this.events = events;
		this.network = network;
	}

	@GetMapping("/evenements")
	String listEvents(@RequestParam(name = "lieu", required = false) @Nullable String mode,
			@RequestParam(name = "structure", required = false) @Nullable String structure, Model model) {
		Boolean online = ONLINE.equals(mode) ? Boolean.TRUE : AT_A_SITE.equals(mode) ? Boolean.FALSE : null;
		UUID structureId = parse(structure).orElse(null);
		model.addAttribute("events", events.upcoming(online, structureId));
		model.addAttribute("structures", network.allStructures());
		model.addAttribute("mode", (online == null) ? "" : mode);
		model.addAttribute("structureId", (structureId == null) ? "" : structureId.toString());
		return "content/events";
	}

	@GetMapping("/evenements/mes-inscriptions")
	String showMyRegistrations(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("events", events.registrationsOf(user.id()));
		return "content/my-registrations";
	}

	@GetMapping("/evenements/{id}")
	String showEvent(@PathVariable String id, @AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
		model.addAttribute("event", events.page(idOf(id), user).orElseThrow(EventController::notFound));
		return "content/event";
	}

	@GetMapping("/evenements/{id}/calendrier.ics")
	ResponseEntity<byte[]> downloadCalendar(@PathVariable String id) {
		String calendar = events.publicCalendar(idOf(id)).orElseThrow(EventController::notFound);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evenement.ics").build().toString())
			.body(calendar.getBytes(StandardCharsets.UTF_8));
	}

	/** Where the login sends a visitor back to after "Se connecter pour s'inscrire". */
	@GetMapping("/evenements/{id}/inscription")
	String backToEvent(@PathVariable String id) {
		return "redirect:/evenements/" + idOf(id);
	}

	@PostMapping("/evenements/{id}/inscription")
	String register(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		UUID eventId = idOf(id);
		try {
			RegistrationOutcome outcome = events.register(eventId, user.id());
			redirect.addFlashAttribute("flash", (outcome == RegistrationOutcome.REGISTERED) ? "content.event.registered"
					: "content.event.alreadyRegistered");
		}
		catch (EventRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/evenements/" + eventId;
	}

	@PostMapping("/evenements/{id}/inscription/annulation")
	String cancelRegistration(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		UUID eventId = idOf(id);
		try {
			events.cancelRegistration(eventId, user.id());
			redirect.addFlashAttribute("flash", "content.event.registrationCancelled");
		}
		catch (EventRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/evenements/" + eventId;
	}

	static UUID idOf(String text) {
		return parse(text).orElseThrow(EventController::notFound);
	}

	static Optional<UUID> parse(@Nullable String text) {
		return Optional.ofNullable(Ids.parse(text));
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
