package org.boussole.search;

import org.boussole.content.ContentChanged;
import org.boussole.network.SiteChanged;
import org.boussole.shared.CliCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date at start (rebuilding it when it is missing or incomplete),
 * after every content change, and every hour (events that ended leave the results). A
 * problem with the index is logged; it never stops the site. Every node does the same
 * with a shared index: only one of them rebuilds it when it must be (see
 * {@link SearchIndex}).
 */
@Component
@ConditionalOnProperty(name = CliCommand.RUNNING_PROPERTY, havingValue = "false", matchIfMissing = true)
class SearchIndexUpkeep {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexUpkeep.class);

	private final SearchIndex index;

	SearchIndexUpkeep(SearchIndex index) {
		this.index = index;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			if (!index.rebuildIfNeeded()) {
				index.refreshAll();
			}
		}
		catch (RuntimeException ex) {
			log.error("The search index could not be brought up to date at start", ex);
		}
	}

	@ApplicationModuleListener
	void on(ContentChanged event) {
		switch (event.kind()) {
			case JOBS:
				index.refresh(SearchType.METIER);
				break;
			case GUIDE:
				index.refresh(SearchType.GUIDE);
				break;
			default:
				index.refresh(SearchType.EVENT);
		}
	}

	@ApplicationModuleListener
	void on(SiteChanged event) {
		index.refresh(SearchType.CENTRE);
	}

	@Scheduled(fixedDelayString = "${boussole.search.check-interval:PT1H}", initialDelayString = "PT10M")
	void hourly() {
		try {
			if (!index.rebuildIfNeeded()) {
				index.refresh(SearchType.EVENT);
			}
		}
		catch (RuntimeException ex) {
			log.error("The search index could not be checked", ex);
		}
	}

}
