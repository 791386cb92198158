package org.boussole.accompaniment;

import java.util.List;

import org.boussole.accompaniment.DossierViews.TimelineEntry;

/**
 * The part of a long timeline that the dossier page shows: the {@value #LATEST} latest
 * entries (oldest first, as the whole timeline), unless the whole history is asked for.
 *
 * @param entries what to show
 * @param total how many entries the timeline has
 */
record TimelinePage(List<TimelineEntry> entries, int total) {

	static final int LATEST = 50;

	/**
	 * @param timeline the whole timeline, oldest first
	 * @param everything whether the person asked for the whole history
	 */
	static TimelinePage of(List<TimelineEntry> timeline, boolean everything) {
		if (everything || timeline.size() <= LATEST) {
			return new TimelinePage(timeline, timeline.size());
		}
		return new TimelinePage(timeline.subList(timeline.size() - LATEST, timeline.size()), timeline.size());
	}

	/**
	 * @return whether older entries are left out
	 */
	public boolean partial() {
		return entries.size() < total;
	}

}
