package org.boussole.accompaniment;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Closing a dossier, for the tests of the activities. */
public final class ActivityTestDossiers {

	private ActivityTestDossiers() {
	}

	/** Closes an open dossier, as its referent would. */
	public static void close(ApplicationContext context, UUID dossierId) {
		DossierRepository dossiers = context.getBean(DossierRepository.class);
		Clock clock = context.getBean(Clock.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
			Dossier dossier = dossiers.findById(dossierId).orElseThrow();
			dossier.close(Outcome.OTHER, dossier.getReferentId(), null, clock.instant());
		});
	}

}
