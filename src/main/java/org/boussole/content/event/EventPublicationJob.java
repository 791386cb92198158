package org.boussole.content.event;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes the scheduled events when their time comes. */
@Component
class EventPublicationJob {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationJob.class);

	private final EventEditing editing;

	private final Clock clock;

	EventPublicationJob(EventEditing editing, Clock clock) {
		this.editing = editing;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${boussole.events.publication-interval:1m}", initialDelayString = "30s")
	void publishDueEvents() {
		int published = editing.publishDue(clock.instant());
		if (published > 0) {
			log.info("Published {} scheduled event(s)", published);
		}
	}

}
