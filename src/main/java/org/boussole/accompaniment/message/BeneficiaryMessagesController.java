package org.boussole.accompaniment.message;

import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beneficiary's conversation with their referent, in their space. The dossier named
 * in the form must be their own; the files are served only from their own dossiers.
 */
@Controller
class BeneficiaryMessagesController {

	static final String PATH = "/mon-accompagnement/messages";

	private final MessageViews views;

	private final MessagePosting posting;

	private final DossierParticipation participation;

	BeneficiaryMessagesController(MessageViews views, MessagePosting posting, DossierParticipation participation) {
		this.views = views;
		this.posting = posting;
		this.participation = participation;
	}

	@GetMapping(PATH)
	String showMessages(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = org.boussole.shared.UploadLimitFilter.TOO_LARGE,
					required = false) @Nullable String tooLarge,
			Model model) {
		if (tooLarge != null) {
			model.addAttribute("uploadTooLarge", true);
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		return views.beneficiaryThread(user).map(thread -> show(thread, model)).orElse("redirect:/mon-accompagnement");
	}

	@PostMapping(PATH)
	String processMessage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute MessageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID dossierId = parse(form.getDossier());
		// refuses, before anything else, a dossier that is not the person's own
		Participant dossier = participation.asBeneficiary(user, dossierId);
		if (posting.process(user, dossier, form, result, redirect)) {
			return "redirect:" + PATH;
		}
		return views.beneficiaryThread(user).map(thread -> show(thread, model)).orElse("redirect:/mon-accompagnement");
	}

	@GetMapping(PATH + "/pieces/{id}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		return views.beneficiaryDownload(user, parse(id)).response();
	}

	private static String show(MessageViews.ThreadView thread, Model model) {
		model.addAttribute("thread", thread);
		model.addAttribute("staff", false);
		return "accompaniment/messages";
	}

	static UUID parse(@org.jspecify.annotations.Nullable String text) {
		try {
			if (text != null && text.length() == 36) {
				return UUID.fromString(text);
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: nothing to find
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
