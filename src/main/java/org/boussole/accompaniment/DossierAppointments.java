package org.boussole.accompaniment;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentEvents.FirstAppointmentHonoured;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Writes the steps of a dossier's appointments on its timeline, for the appointments of
 * the module, and keeps whether the dossier ever had an appointment honoured.
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierAppointments(DossierRepository dossiers, EntityManager entities, ApplicationEventPublisher events,
			Clock clock) {
		this.dossiers = dossiers;
		this.entities = entities;
		this.events = events;
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

	/**
	 * An appointment of the dossier was just recorded as honoured. If it is the first one
	 * ever, the dossier keeps it and {@link FirstAppointmentHonoured} is announced for
	 * the day of the appointment in Paris; otherwise (another one was honoured before,
	 * even if its outcome was corrected since) nothing happens. The dossier is read again
	 * under a lock, so that two outcomes recorded at the same moment cannot both be the
	 * first.
	 * @param appointmentStart when the appointment started
	 * @return whether it was the first appointment honoured of the dossier
	 */
	public boolean recordHonoured(UUID dossierId, Instant appointmentStart) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		entities.refresh(dossier, LockModeType.PESSIMISTIC_WRITE);
		if (!dossier.markFirstAppointmentHonoured(clock.instant())) {
			return false;
		}
		events.publishEvent(
				new FirstAppointmentHonoured(dossierId, appointmentStart.atZone(CaseloadSearch.ZONE).toLocalDate()));
		return true;
	}

}
