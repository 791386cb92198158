package org.boussole.notifications;

import java.util.Map;

import org.boussole.accompaniment.DossierEvents.DossierAssigned;
import org.boussole.accompaniment.MessagePosted;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountStatus;
import org.boussole.shared.BoussoleSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells beneficiaries what happens to their dossier, without any detail of it: who
 * follows them now. Tells the beneficiary or the counsellor that a message waits for
 * them, never what it says nor the names of its files, and not again while they have not
 * read the one they were told about less than 15 minutes ago (the accompaniment module
 * decides that, see {@link MessagePosted#notifyRecipient()}). Only accounts that can log
 * in get mails (a person who has not confirmed their address yet reads it in their space
 * later).
 */
@Component
class AccompanimentMailListener {

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final BoussoleSettings settings;

	AccompanimentMailListener(MailOutbox outbox, AccountManagement accounts, BoussoleSettings settings) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(DossierAssigned event) {
		accounts.findById(event.beneficiaryId())
			.filter(account -> account.status() == AccountStatus.ACTIVE)
			.ifPresent(account -> outbox.queue(account.email(), accounts.languageOf(account.id()), "referent-assigned",
					event.handover() ? "notifications.mail.referent.changedSubject"
							: "notifications.mail.referent.subject",
					Map.of("displayName", account.displayName(), "referentName", event.referentName(), "structureName",
							event.structureName(), "handover", event.handover(), "link",
							settings.link("/mon-accompagnement"))));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		if (!event.notifyRecipient()) {
			return;
		}
		String path = event.recipientIsStaff() ? "/conseil/dossiers/" + event.dossierId() + "/messages"
				: "/mon-accompagnement/messages";
		accounts.findById(event.recipientAccountId())
			.filter(account -> account.status() == AccountStatus.ACTIVE)
			.ifPresent(account -> outbox.queue(account.email(), accounts.languageOf(account.id()), "new-message",
					"notifications.mail.message.subject",
					Map.of("displayName", account.displayName(), "link", settings.link(path))));
	}

}
