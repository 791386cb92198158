package org.boussole.accompaniment;

import java.time.Clock;
import java.util.UUID;

import org.boussole.network.NearbySite;
import org.boussole.network.NetworkManagement;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Open dossiers with a chosen referent, for the tests of the appointments. */
public final class AppointmentTestDossiers {

	private AppointmentTestDossiers() {
	}

	/**
	 * @return the id of a new open dossier of that beneficiary (near Annemasse) followed
	 * by that counsellor, who works in the dossier's structure (a counsellor membership
	 * is recorded if they had none there)
	 */
	public static UUID openDossier(ApplicationContext context, UUID beneficiaryId, UUID referentId) {
		DossierRepository dossiers = context.getBean(DossierRepository.class);
		NetworkManagement network = context.getBean(NetworkManagement.class);
		Clock clock = context.getBean(Clock.class);
		NearbySite site = network.nearestSite("74100").orElseThrow();
		context.getBean(JdbcTemplate.class)
			.update("insert into network.staff_membership (id, account_id, structure_id, role, since) "
					+ "values (?, ?, ?, 'COUNSELLOR', current_date) on conflict do nothing", UUID.randomUUID(),
					referentId, site.site().structureId());
		return context.getBean(TransactionTemplate.class).execute(status -> {
			Dossier dossier = Dossier.request(beneficiaryId, site.site().structureId(), site.site().id(),
					AccompanimentTestSupport.details("74100"), clock.instant());
			dossier.assign(referentId, null, clock.instant());
			return dossiers.save(dossier).getId();
		});
	}

}
