package org.boussole.accompaniment;

import java.time.Clock;
import java.util.List;

import org.boussole.accompaniment.AccessLogEntry.Action;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StaffEvents.CounsellorLeft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a counsellor leaves a structure, the open dossiers they followed there go to the
 * counsellor the administrator chose (with the handover note), or back to the structure's
 * queue when nobody was chosen or the one chosen can no longer take them (where the
 * structure assigns automatically, the queue gives them at once to the lightest
 * caseload). The counsellor had already lost access when their membership was removed
 * (see {@link DossierAccess}).
 */
@Component
class ReferentDeparture {

	private static final Logger log = LoggerFactory.getLogger(ReferentDeparture.class);

	private final DossierRepository dossiers;

	private final DossierManagement management;

	private final NetworkManagement network;

	private final Clock clock;

	ReferentDeparture(DossierRepository dossiers, DossierManagement management, NetworkManagement network,
			Clock clock) {
		this.dossiers = dossiers;
		this.management = management;
		this.network = network;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CounsellorLeft event) {
		List<Dossier> open = dossiers.findOpenToHandOver(event.counsellorId(), event.structureId());
		// the one chosen may have left too since, or be leaving again: then the queue
		boolean handover = event.handoverTo() != null && event.note() != null
				&& network.isCounsellor(event.handoverTo(), event.structureId());
		for (Dossier dossier : open) {
			if (handover && !event.handoverTo().equals(dossier.getBeneficiaryId())) {
				dossier.changeReferent(event.handoverTo(), event.actorId(), event.note(), clock.instant());
				management.log(dossier, event.actorId(), Action.CHANGE_REFERENT);
				management.announce(dossier, true);
			}
			else {
				dossier.returnToQueue(event.actorId(), clock.instant());
				management.assignAutomatically(dossier);
			}
		}
		log.info("A counsellor left structure {}: {} open dossiers {}", event.structureId(), open.size(),
				handover ? "handed over" : "back in the queue");
	}

}
