package org.boussole.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The opening hours and closures of a site, changed by the administrators of its
 * structure (or a network administrator): each call checks that the person may manage
 * THAT site, as {@link NetworkAdministration#site} does.
 */
@Service
@Transactional
class SiteHoursAdministration {

	private final NetworkAdministration admin;

	private final SiteOpeningRepository openings;

	private final SiteClosureRepository closures;

	private final Clock clock;

	SiteHoursAdministration(NetworkAdministration admin, SiteOpeningRepository openings, SiteClosureRepository closures,
			Clock clock) {
		this.admin = admin;
		this.openings = openings;
		this.closures = closures;
		this.clock = clock;
	}

	/**
	 * @return the site's hours and its closures that are not over yet
	 */
	@Transactional(readOnly = true)
	SiteHours hoursOf(Site site) {
		LocalDate today = LocalDate.now(clock.withZone(site.getStructure().timeZone()));
		List<SiteClosure> closed = closures
			.findBySiteIdInAndLastDayGreaterThanEqualOrderByFirstDay(List.of(site.getId()), today);
		return new SiteHours(
				openings.findBySiteIdOrderByDayOfWeekAscOpensAsc(site.getId())
					.stream()
					.map(opening -> new OpeningLine(opening.getId(), opening.toOpening()))
					.toList(),
				closed.stream().map(closure -> new ClosureLine(closure.getId(), closure.toClosure())).toList());
	}

	/**
	 * @throws FormProblem when the range overlaps another range of that day
	 */
	void addOpening(CurrentUser user, UUID structureId, UUID siteId, SiteCalendar.Opening opening) {
		Site site = admin.site(user, structureId, siteId);
		boolean overlaps = openings.findBySiteIdOrderByDayOfWeekAscOpensAsc(site.getId())
			.stream()
			.anyMatch(existing -> existing.toOpening().overlaps(opening));
		if (overlaps) {
			throw new FormProblem("opens", "network.hours.error.overlap");
		}
		openings.save(new SiteOpening(site.getId(), opening));
	}

	void removeOpening(CurrentUser user, UUID structureId, UUID siteId, UUID openingId) {
		Site site = admin.site(user, structureId, siteId);
		SiteOpening opening = openings.findById(openingId)
			.filter(found -> found.getSiteId().equals(site.getId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		openings.delete(opening);
	}

	/**
	 * @throws FormProblem when the closure is already over
	 */
	void addClosure(CurrentUser user, UUID structureId, UUID siteId, SiteCalendar.Closure closure) {
		Site site = admin.site(user, structureId, siteId);
		if (closure.lastDay().isBefore(LocalDate.now(clock.withZone(site.getStructure().timeZone())))) {
			throw new FormProblem("lastDay", "network.closure.error.past");
		}
		closures.save(new SiteClosure(site.getId(), closure, clock.instant()));
	}

	void removeClosure(CurrentUser user, UUID structureId, UUID siteId, UUID closureId) {
		Site site = admin.site(user, structureId, siteId);
		SiteClosure closure = closures.findById(closureId)
			.filter(found -> found.getSiteId().equals(site.getId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		closures.delete(closure);
	}

	/** What the site's page lists: the weekly ranges and the coming closures. */
	record SiteHours(List<OpeningLine> openings, List<ClosureLine> closures) {
	}

	record OpeningLine(UUID id, SiteCalendar.Opening opening) {
	}

	record ClosureLine(UUID id, SiteCalendar.Closure closure) {
	}

}
