package org.boussole.accompaniment.message;

import org.boussole.shared.FileRefused;
import org.boussole.shared.CheckedFile;
import org.boussole.shared.FileChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accounts.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handles a message form for both pages: checks the text and each file (by content), then
 * stores the message or tells why next to the field.
 */
@Component
class MessagePosting {

	private final MessageManagement messages;

	private final FileChecker checker = new FileChecker();

	MessagePosting(MessageManagement messages) {
		this.messages = messages;
	}

	/**
	 * @param dossier the dossier as the person may see it, checked once for the request
	 * @return {@literal true} when the page should redirect (stored, or refused with a
	 * flash message); {@literal false} when the form must be shown again with its errors
	 */
	boolean process(CurrentUser user, Participant dossier, MessageForm form, BindingResult result,
			RedirectAttributes redirect) {
		String problem = Message.textProblem(form.getText());
		if (problem != null) {
			result.rejectValue("text", problem);
		}
		List<MultipartFile> chosen = form.chosenFiles();
		List<CheckedFile> files = new ArrayList<>();
		if (chosen.size() > MessageManagement.MAX_FILES) {
			result.rejectValue("files", "accompaniment.message.error.file.tooMany");
		}
		else {
			for (MultipartFile file : chosen) {
				try {
					files.add(checker.check(file.getOriginalFilename(), file.getSize(), file));
				}
				catch (FileRefused refused) {
					result.rejectValue("files", refused.messageKey(), new Object[] { refused.fileName() },
							refused.messageKey());
				}
			}
		}
		if (result.hasErrors()) {
			return false;
		}
		UUID token = token(form.getToken());
		try {
			messages.post(user, dossier, form.getText(), token, files);
			redirect.addFlashAttribute("flash", "accompaniment.message.sent");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.message.error.readOnly");
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at the same moment: the first one was stored
			redirect.addFlashAttribute("flash", "accompaniment.message.sent");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "accompaniment.message.error.retry");
		}
		return true;
	}

	private static UUID token(@org.jspecify.annotations.Nullable String text) {
		try {
			return text == null || text.length() != 36 ? UUID.randomUUID() : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

}
