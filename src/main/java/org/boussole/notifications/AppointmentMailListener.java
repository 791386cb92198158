package org.boussole.notifications;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentEvents.AppointmentBooked;
import org.boussole.accompaniment.AppointmentEvents.AppointmentCancelled;
import org.boussole.accompaniment.AppointmentEvents.AppointmentProposalDeclined;
import org.boussole.accompaniment.AppointmentEvents.AppointmentProposed;
import org.boussole.accompaniment.AppointmentEvents.AppointmentReminderDue;
import org.boussole.accompaniment.AppointmentEvents.AppointmentRescheduled;
import org.boussole.accompaniment.AppointmentNotices;
import org.boussole.accompaniment.AppointmentNotices.Notice;
import org.boussole.accompaniment.AppointmentNotices.ProposalNotice;
import org.boussole.accompaniment.AppointmentNotices.ProposedTime;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.shared.BoussoleSettings;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails both people of an appointment when it is booked, moved or cancelled, with the
 * calendar file attached (same UID, growing SEQUENCE, METHOD:REQUEST or CANCEL), and
 * reminds the beneficiary the day before. Times are in the zone of the appointment.
 */
@Component
class AppointmentMailListener {

	static final String CALENDAR_FILE = "rendez-vous.ics";

	private static final String PREFIX = "notifications.mail.appointment.";

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final AppointmentNotices notices;

	private final BoussoleSettings settings;

	private final MessageSource messages;

	AppointmentMailListener(MailOutbox outbox, AccountManagement accounts, AppointmentNotices notices,
			BoussoleSettings settings, MessageSource messages) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.notices = notices;
		this.settings = settings;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked event) {
		notices.find(event.appointmentId()).ifPresent(notice -> both(notice, "booked"));
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled event) {
		notices.find(event.appointmentId()).ifPresent(notice -> both(notice, "changed"));
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled event) {
		notices.find(event.appointmentId()).ifPresent(notice -> both(notice, "cancelled"));
	}

	@ApplicationModuleListener
	void on(AppointmentReminderDue event) {
		notices.find(event.appointmentId())
			.filter(notice -> !notice.cancelled())
			.ifPresent(notice -> send(notice, notice.beneficiaryId(), notice.counsellorName(),
					"/mon-accompagnement/rendez-vous/" + notice.appointmentId(), "reminder"));
	}

	@ApplicationModuleListener
	void on(AppointmentProposed event) {
		notices.findProposal(event.proposalId())
			.ifPresent(proposal -> sendProposal(proposal, proposal.beneficiaryId(), proposal.counsellorName(),
					"/mon-accompagnement/rendez-vous", "proposed"));
	}

	@ApplicationModuleListener
	void on(AppointmentProposalDeclined event) {
		notices.findProposal(event.proposalId())
			.ifPresent(proposal -> sendProposal(proposal, proposal.counsellorId(), proposal.beneficiaryName(),
					"/conseil/dossiers/" + proposal.dossierId() + "/rendez-vous", "declined"));
	}

	private void sendProposal(ProposalNotice proposal, UUID personId, String otherName, String path, String kind) {
		accounts.findById(personId).filter(account -> account.status() == AccountStatus.ACTIVE).ifPresent(account -> {
			String language = accounts.languageOf(account.id());
			Locale locale = MailLanguage.of(language);
			List<String> times = proposal.times().stream().map(time -> proposedTime(time, locale)).toList();
			Map<String, Object> variables = new HashMap<>();
			variables.put("displayName", account.displayName());
			variables.put("bodyKey", PREFIX + kind + "Body");
			variables.put("otherName", otherName);
			variables.put("times", times);
			variables.put("reason", proposal.declineReason());
			variables.put("link", settings.link(path));
			outbox.queue(account.email(), language, "appointment-proposal", PREFIX + kind + "Subject", variables,
					otherName);
		});
	}

	private String proposedTime(ProposedTime time, Locale locale) {
		String when = when(time.start(), time.end(), time.zone(), locale);
		String mode = messages.getMessage(PREFIX + "mode." + time.mode().name(), null, locale);
		return time.place().isEmpty() ? when + " – " + mode : when + " – " + mode + " – " + time.place();
	}

	private void both(Notice notice, String kind) {
		send(notice, notice.beneficiaryId(), notice.counsellorName(),
				"/mon-accompagnement/rendez-vous/" + notice.appointmentId(), kind);
		send(notice, notice.counsellorId(), notice.beneficiaryName(), "/conseil/rendez-vous/" + notice.appointmentId(),
				kind);
	}

	private void send(Notice notice, UUID personId, String otherName, String path, String kind) {
		accounts.findById(personId).filter(account -> account.status() == AccountStatus.ACTIVE).ifPresent(account -> {
			String language = accounts.languageOf(account.id());
			Locale locale = MailLanguage.of(language);
			String when = when(notice, locale);
			Map<String, Object> variables = new HashMap<>();
			variables.put("displayName", account.displayName());
			variables.put("bodyKey", PREFIX + kind + "Body");
			variables.put("otherName", otherName);
			variables.put("when", when);
			variables.put("modeKey", PREFIX + "mode." + notice.mode().name());
			variables.put("place", notice.place());
			variables.put("reason", notice.cancelled() ? notice.cancellationReason() : null);
			variables.put("calendarKey", PREFIX + (notice.cancelled() ? "removeFromCalendar" : "calendar"));
			variables.put("link", settings.link(path));
			String method = notice.cancelled() ? "CANCEL" : "REQUEST";
			MailAttachment file = new MailAttachment(CALENDAR_FILE, "text/calendar; charset=UTF-8; method=" + method,
					notice.calendar().getBytes(StandardCharsets.UTF_8));
			outbox.queueWithAttachments(account.email(), language, "appointment", PREFIX + kind + "Subject", variables,
					List.of(file), when);
		});
	}

	private String when(Notice notice, Locale locale) {
		return when(notice.start(), notice.end(), notice.zone(), locale);
	}

	private String when(java.time.Instant start, java.time.Instant end, java.time.ZoneId zone, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter
			.ofPattern(messages.getMessage("notifications.mail.event.dayFormat", null, locale), locale);
		DateTimeFormatter time = DateTimeFormatter
			.ofPattern(messages.getMessage("notifications.mail.event.timeFormat", null, locale), locale);
		return messages.getMessage(PREFIX + "when", new Object[] { day.format(start.atZone(zone)),
				time.format(start.atZone(zone)), time.format(end.atZone(zone)), zone.getId() }, locale);
	}

}
