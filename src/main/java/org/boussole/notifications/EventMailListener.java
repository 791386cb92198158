package org.boussole.notifications;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.content.EventNotices.EventCancelled;
import org.boussole.content.EventNotices.EventRegistrationCancelled;
import org.boussole.content.EventNotices.EventRegistrationConfirmed;
import org.boussole.content.EventNotices.EventSummary;
import org.boussole.shared.BoussoleSettings;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the people who register for an event: the confirmation, the cancellation of their
 * registration, and the cancellation of the event, each with its calendar file attached
 * so that their calendar adds or removes the entry.
 */
@Component
class EventMailListener {

	static final String CALENDAR_FILE = "evenement.ics";

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final BoussoleSettings settings;

	private final MessageSource messages;

	EventMailListener(MailOutbox outbox, AccountManagement accounts, BoussoleSettings settings,
			MessageSource messages) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.settings = settings;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(EventRegistrationConfirmed notice) {
		send(notice.personId(), notice.event(), "event-registered", "notifications.mail.event.registeredSubject",
				notice.calendar(), "REQUEST");
	}

	@ApplicationModuleListener
	void on(EventRegistrationCancelled notice) {
		send(notice.personId(), notice.event(), "event-registration-cancelled",
				"notifications.mail.event.unregisteredSubject", notice.calendar(), "CANCEL");
	}

	@ApplicationModuleListener
	void on(EventCancelled notice) {
		send(notice.personId(), notice.event(), "event-cancelled", "notifications.mail.event.cancelledSubject",
				notice.calendar(), "CANCEL");
	}

	private void send(UUID personId, EventSummary event, String template, String subjectKey, String calendar,
			String method) {
		accounts.findById(personId).filter(account -> account.status() == AccountStatus.ACTIVE).ifPresent(account -> {
			String language = accounts.languageOf(account.id());
			Locale locale = MailLanguage.of(language);
			Map<String, Object> variables = new HashMap<>();
			variables.put("displayName", account.displayName());
			variables.put("title", event.title());
			variables.put("when", when(event, locale));
			variables.put("place", (event.place() != null) ? event.place() : event.onlineLink());
			variables.put("online", event.onlineLink() != null);
			variables.put("link", settings.link(event.path()));
			MailAttachment file = new MailAttachment(CALENDAR_FILE, "text/calendar; charset=UTF-8; method=" + method,
					calendar.getBytes(StandardCharsets.UTF_8));
			outbox.queueWithAttachments(account.email(), language, template, subjectKey, variables, List.of(file),
					event.title());
		});
	}

	private String when(EventSummary event, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter
			.ofPattern(messages.getMessage("notifications.mail.event.dayFormat", null, locale), locale);
		DateTimeFormatter time = DateTimeFormatter
			.ofPattern(messages.getMessage("notifications.mail.event.timeFormat", null, locale), locale);
		return messages.getMessage("notifications.mail.event.when",
				new Object[] { day.format(event.start().atZone(ZONE)), time.format(event.start().atZone(ZONE)),
						time.format(event.end().atZone(ZONE)) },
				locale);
	}

}
