package org.boussole.accompaniment;

import java.time.Clock;
import java.util.UUID;

import org.boussole.network.NearbySite;
import org.boussole.network.NetworkManagement;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Open dossiers with a chosen referent, for the tests of the appointments. */
public final class AppointmentTestDossiers {

	private AppointmentTestDossiers() {
	}

	/**
	 * @return the id of a new open dossier of that beneficiary (near Annemasse) followed
	 * by that counsellor
	 */
	public static UUID openDossier(ApplicationContext context, UUID beneficiaryId, UUID referentId) {
		DossierRepository dossiers = context.getBean(DossierRepository.class);
		NetworkManagement network = context.getBean(NetworkManagement.class);
		Clock clock = context.getBean(Clock.class);
		NearbySite site = network.nearestSite("74100").orElseThrow();
		return context.getBean(TransactionTemplate.class).execute(status -> {
			Dossier dossier = Dossier.request(beneficiaryId, site.site().structureId(), site.site().id(),
					AccompanimentTestSupport.details("74100"), clock.instant());
			dossier.assign(referentId, null, clock.instant());
			return dossiers.save(dossier).getId();
		});
	}

}
