package org.boussole.audience;

import java.time.Clock;
import java.time.LocalDate;

import org.boussole.accompaniment.AppointmentEvents.FirstAppointmentHonoured;
import org.boussole.accompaniment.DossierEvents.DossierAssigned;
import org.boussole.accompaniment.DossierEvents.DossierRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the funnel steps that happen in the accompaniment module: a request sent, a
 * dossier opened (its first referent; a handover is no new opening), its first
 * appointment honoured (on the day of that appointment; announced once per dossier). Only
 * the day and the step are kept.
 */
@Component
class FunnelListener {

	private final FunnelCounts counts;

	private final Clock clock;

	FunnelListener(FunnelCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DossierRequested event) {
		counts.add(today(), FunnelStep.REQUEST_SENT, 1);
	}

	@ApplicationModuleListener
	void on(DossierAssigned event) {
		if (!event.handover()) {
			counts.add(today(), FunnelStep.DOSSIER_OPENED, 1);
		}
	}

	@ApplicationModuleListener
	void on(FirstAppointmentHonoured event) {
		counts.add(event.day(), FunnelStep.FIRST_APPOINTMENT, 1);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Period.ZONE));
	}

}
