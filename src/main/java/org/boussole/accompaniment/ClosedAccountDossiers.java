package org.boussole.accompaniment;

import java.time.Clock;

import org.boussole.accounts.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person closes their account, their dossiers stay for the figures but lose
 * everything personal (see {@link Dossier#anonymiseForClosedAccount}); a dossier in
 * progress is closed. The messages and files are erased by the message part of the
 * module.
 */
@Component
class ClosedAccountDossiers {

	private final DossierRepository dossiers;

	private final Clock clock;

	ClosedAccountDossiers(DossierRepository dossiers, Clock clock) {
		this.dossiers = dossiers;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(event.accountId())
			.forEach(dossier -> dossier.anonymiseForClosedAccount(clock.instant()));
	}

}
