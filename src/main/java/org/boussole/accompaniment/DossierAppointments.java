package org.boussole.accompaniment;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Writes the steps of a dossier's appointments on its timeline, for the appointments of
 * the module.
 */
@Service
@Transactional
public class DossierAppointments {

	/** The steps of an appointment that appear on the timeline. */
	public enum Step {

		BOOKED, RESCHEDULED, CANCELLED, HONOURED, MISSED, LATE_CANCELLED,
		/** the referent proposed times */
		PROPOSED,
		/** the beneficiary declined the times proposed */
		DECLINED,
		/** nobody picked a time proposed before the hold ended: they are free again */
		EXPIRED

	}

	private final DossierRepository dossiers;

	private final EntityManager entities;

	private final Clock clock;

	DossierAppointments(DossierRepository dossiers, EntityManager entities, Clock clock) {
		this.dossiers = dossiers;
		this.entities = entities;
		this.clock = clock;
	}

	/**
	 * @param actorId who did it, or {@literal null} when Boussole did (an expiry)
	 * @param note shown to the staff only (a reason, a time), may be {@literal null}
	 */
	public void record(UUID dossierId, @Nullable UUID actorId, Step step, @Nullable String note) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		String text = (note == null || note.length() <= Dossier.MAX_NOTE) ? note : note.substring(0, Dossier.MAX_NOTE);
		entities.persist(new DossierEvent(dossier, DossierEventType.valueOf("APPT_" + step.name()), clock.instant(),
				actorId, null, null, text));
	}

}
