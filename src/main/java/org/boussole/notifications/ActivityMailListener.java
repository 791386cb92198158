package org.boussole.notifications;

import java.util.Map;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.activity.ActivityEvents.ActivityAssigned;
import org.boussole.activity.ActivityEvents.ActivityReturned;
import org.boussole.activity.ActivityEvents.ActivitySubmitted;
import org.boussole.shared.BoussoleSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other party that an activity waits for them: the beneficiary when one is
 * given or sent back, the referent when one is sent to review. Never a word of the
 * answers, only a link. Only accounts that can log in get mails.
 */
@Component
class ActivityMailListener {

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final BoussoleSettings settings;

	ActivityMailListener(MailOutbox outbox, AccountManagement accounts, BoussoleSettings settings) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ActivityAssigned event) {
		tell(event.beneficiaryId(), "activity-assigned", "activity.mail.assigned.subject",
				"/mon-accompagnement/activites/" + event.activityId());
	}

	@ApplicationModuleListener
	void on(ActivitySubmitted event) {
		tell(event.referentId(), "activity-submitted", "activity.mail.submitted.subject",
				"/conseil/dossiers/" + event.dossierId() + "/activites/" + event.activityId());
	}

	@ApplicationModuleListener
	void on(ActivityReturned event) {
		tell(event.beneficiaryId(), "activity-returned", "activity.mail.returned.subject",
				"/mon-accompagnement/activites/" + event.activityId());
	}

	private void tell(UUID accountId, String template, String subjectKey, String path) {
		accounts.findById(accountId)
			.filter(account -> account.status() == AccountStatus.ACTIVE)
			.ifPresent(account -> outbox.queue(account.email(), accounts.languageOf(account.id()), template, subjectKey,
					Map.of("displayName", account.displayName(), "link", settings.link(path))));
	}

}
