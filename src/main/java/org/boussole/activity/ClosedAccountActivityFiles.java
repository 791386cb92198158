package org.boussole.activity;

import java.util.List;

import org.boussole.accounts.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person closes their account (the erasure of their dossiers), the documents they
 * attached to activities are removed, from the data directory once the change is
 * committed, and the history of their living plans (which holds the text of the steps) is
 * deleted.
 */
@Component
class ClosedAccountActivityFiles {

	private final ActivityFileRepository files;

	private final ActivityFileStore store;

	private final PlanUpdateRepository updates;

	ClosedAccountActivityFiles(ActivityFileRepository files, ActivityFileStore store, PlanUpdateRepository updates) {
		this.files = files;
		this.store = store;
		this.updates = updates;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		List<ActivityFile> attached = files.findByBeneficiaryId(event.accountId());
		files.deleteAll(attached);
		updates.deleteOfBeneficiary(event.accountId());
		store.deleteAfterCommit(attached.stream().map(ActivityFile::getStoredName).toList());
	}

}
