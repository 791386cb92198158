package org.boussole.accompaniment.message;

import java.util.List;

import org.boussole.accounts.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a person closes their account, the messages of their dossiers (both sides) keep
 * their dates and read receipts but lose their text, and the attached files are removed
 * from the data directory once the change is committed.
 */
@Component
class ClosedAccountMessages {

	private final PersonalMessages messages;

	private final AttachmentStore store;

	ClosedAccountMessages(PersonalMessages messages, AttachmentStore store) {
		this.messages = messages;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		List<String> storedNames = messages.attachmentsOf(event.accountId())
			.stream()
			.map(Attachment::getStoredName)
			.toList();
		messages.deleteAttachments(event.accountId());
		messages.eraseTexts(event.accountId());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				storedNames.forEach(store::delete);
			}
		});
	}

}
