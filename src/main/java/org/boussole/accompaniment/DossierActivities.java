package org.boussole.accompaniment;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the steps of a dossier's online activities on its timeline, without any answer,
 * for the activity module.
 */
@Service
@Transactional
public class DossierActivities {

	/** The steps of an activity that appear on the timeline. */
	public enum Step {

		ASSIGNED, SUBMITTED, REVIEWED, RETURNED,
		/** the steps of a living plan were updated, without saying which */
		UPDATED

	}

	private final DossierRepository dossiers;

	private final jakarta.persistence.EntityManager entities;

	private final Clock clock;

	DossierActivities(DossierRepository dossiers, jakarta.persistence.EntityManager entities, Clock clock) {
		this.dossiers = dossiers;
		this.entities = entities;
		this.clock = clock;
	}

	public void record(UUID dossierId, UUID actorId, Step step) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		entities.persist(new DossierEvent(dossier, DossierEventType.valueOf("ACTIVITY_" + step.name()), clock.instant(),
				actorId, null, null, null));
	}

}
