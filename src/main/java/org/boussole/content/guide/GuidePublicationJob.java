package org.boussole.content.guide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes the scheduled guides when their time comes (checked every minute). */
@Component
class GuidePublicationJob {

	private static final Logger LOG = LoggerFactory.getLogger(GuidePublicationJob.class);

	private final GuideManagement guides;

	GuidePublicationJob(GuideManagement guides) {
		this.guides = guides;
	}

	@Scheduled(fixedDelayString = "${boussole.guides.publication-check:60s}", initialDelayString = "30s")
	void publishDueGuides() {
		int published = guides.publishDue();
		if (published > 0) {
			LOG.info("Published {} scheduled guides", published);
		}
	}

}
