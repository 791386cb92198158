package org.boussole.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network administrators' page of the mails: what was sent, to whom, what failed, and
 * where mails go.
 */
@Controller
@RequestMapping("/admin/courriels")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class MailAdminController {

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	static final int MAX_FILTER_LENGTH = 254;

	private final MailLog log;

	MailAdminController(MailLog log) {
		this.log = log;
	}

	@GetMapping
	String listMails(@RequestParam(name = "destinataire", defaultValue = "") String recipient,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		String filter = recipient.strip();
		if (filter.length() > MAX_FILTER_LENGTH) {
			filter = filter.substring(0, MAX_FILTER_LENGTH);
		}
		Page<MailView> mails = log.recent(filter, pageIndex(page)).map(MailView::of);
		model.addAttribute("mails", mails);
		model.addAttribute("filter", filter);
		model.addAttribute("transport", log.transport());
		return "notifications/mails";
	}

	@GetMapping("/{id}")
	String showMail(@PathVariable String id, Model model) {
		OutboxMail mail = log.find(parse(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", MailView.of(mail));
		return "notifications/mail";
	}

	@PostMapping("/{id}/reessayer")
	String retryMail(@PathVariable String id, RedirectAttributes redirect) {
		UUID mailId = parse(id);
		if (log.find(mailId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean retried = log.retryNow(mailId);
		redirect.addFlashAttribute(retried ? "flash" : "flashError",
				retried ? "notifications.detail.retried" : "notifications.detail.notFailed");
		return "redirect:/admin/courriels/" + mailId;
	}

	/** Pages are numbered from 1 in the address; anything else shows the first page. */
	static int pageIndex(String page) {
		try {
			return Math.max(Integer.parseInt(page.strip()) - 1, 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** One mail as the pages show it, with its dates in the network's time zone. */
	record MailView(UUID id, String recipient, String subject, String language, String status, String statusKey,
			int attempts, ZonedDateTime createdAt, @Nullable ZonedDateTime sentAt,
			@Nullable ZonedDateTime nextAttemptAt, @Nullable String lastError, String textBody) {

		static MailView of(OutboxMail mail) {
			boolean pending = mail.getStatus() == MailStatus.PENDING;
			return new MailView(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getLanguage(),
					mail.getStatus().name(), mail.getStatus().messageKey(), mail.getAttempts(),
					local(mail.getCreatedAt()), localOrNull(mail.getSentAt()),
					pending ? local(mail.getNextAttemptAt()) : null, mail.getLastError(), mail.getTextBody());
		}

		private static ZonedDateTime local(Instant instant) {
			return instant.atZone(ZONE);
		}

		private static @Nullable ZonedDateTime localOrNull(@Nullable Instant instant) {
			return (instant == null) ? null : local(instant);
		}

	}

}
