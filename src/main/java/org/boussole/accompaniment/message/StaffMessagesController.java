package org.boussole.accompaniment.message;

import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conversation of a dossier on the counselling side: the referent reads and writes,
 * an admin of the structure who is not the referent only reads. Anyone else is told the
 * dossier does not exist.
 */
@Controller
class StaffMessagesController {

	static final String PATH = "/conseil/dossiers/{id}/messages";

	private final MessageViews views;

	private final MessagePosting posting;

	private final DossierParticipation participation;

	StaffMessagesController(MessageViews views, MessagePosting posting, DossierParticipation participation) {
		this.views = views;
		this.posting = posting;
		this.participation = participation;
	}

	@GetMapping(PATH)
	String showMessages(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = org.boussole.shared.UploadLimitFilter.TOO_LARGE,
					required = false) @Nullable String tooLarge,
			Model model) {
		if (tooLarge != null) {
			model.addAttribute("uploadTooLarge", true);
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		return show(views.staffThread(user, BeneficiaryMessagesController.parse(id)), model);
	}

	@PostMapping(PATH)
	String processMessage(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute MessageForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		UUID dossierId = BeneficiaryMessagesController.parse(id);
		// the one access check of the request, before anything else
		Participant dossier = participation.asStaff(user, dossierId);
		if (posting.process(user, dossier, form, result, redirect)) {
			return "redirect:/conseil/dossiers/" + dossierId + "/messages";
		}
		return show(views.staffThread(user, dossier), model);
	}

	@GetMapping("/conseil/dossiers/{id}/pieces/{pieceId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@PathVariable String pieceId) {
		return views
			.staffDownload(user, BeneficiaryMessagesController.parse(id), BeneficiaryMessagesController.parse(pieceId))
			.response();
	}

	private static String show(MessageViews.ThreadView thread, Model model) {
		model.addAttribute("thread", thread);
		model.addAttribute("staff", true);
		return "accompaniment/messages";
	}

}
