package org.boussole.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the network module: structures, their sites and staff, and the
 * nearest sites to a place (the centre finder, and the routing of new dossiers to the
 * structure of the nearest site).
 */
@Service
@Transactional(readOnly = true)
public class NetworkManagement {

	private final StructureRepository structures;

	private final SiteRepository sites;

	private final StaffMembershipRepository memberships;

	private final LocalityCatalogue localities;

	private final SiteOpeningRepository openings;

	private final SiteClosureRepository closures;

	NetworkManagement(StructureRepository structures, SiteRepository sites, StaffMembershipRepository memberships,
			LocalityCatalogue localities, SiteOpeningRepository openings, SiteClosureRepository closures) {
		this.structures = structures;
		this.sites = sites;
		this.memberships = memberships;
		this.localities = localities;
		this.openings = openings;
		this.closures = closures;
	}

	/**
	 * @return the structure, active or not, or empty when unknown
	 */
	public Optional<StructureSummary> findStructure(UUID structureId) {
		return structures.findById(structureId).map(Structure::toSummary);
	}

	/**
	 * @return every structure, active or not, by name; never {@literal null}
	 */
	public List<StructureSummary> allStructures() {
		return structures.findAllByOrderByName().stream().map(Structure::toSummary).toList();
	}

	/**
	 * @param accountId an account of the accounts module
	 * @return the structures where that account holds a membership (any role), by name,
	 * each once
	 */
	public List<StructureSummary> structuresOf(UUID accountId) {
		return memberships.findActiveByAccount(accountId)
			.stream()
			.map(membership -> membership.getStructure().toSummary())
			.distinct()
			.toList();
	}

	/**
	 * @param accountId an account of the accounts module
	 * @return the structures where that account holds a STRUCTURE_ADMIN membership, by
	 * name, read in one query
	 */
	public List<StructureSummary> administeredBy(UUID accountId) {
		return memberships.findActiveByAccount(accountId)
			.stream()
			.filter(membership -> membership.getRole() == StaffRole.STRUCTURE_ADMIN)
			.map(membership -> membership.getStructure().toSummary())
			.distinct()
			.toList();
	}

	/**
	 * @return whether the account holds a STRUCTURE_ADMIN membership of that structure
	 */
	public boolean isStructureAdmin(UUID accountId, UUID structureId) {
		return memberships.isActive(accountId, structureId, StaffRole.STRUCTURE_ADMIN);
	}

	/**
	 * @return whether the account holds a current COUNSELLOR membership of that structure
	 * (one that was accepted and not removed since)
	 */
	public boolean isCounsellor(UUID accountId, UUID structureId) {
		return memberships.isActive(accountId, structureId, StaffRole.COUNSELLOR);
	}

	/**
	 * @return whether the account holds any current membership of that structure
	 */
	public boolean isMember(UUID accountId, UUID structureId) {
		return memberships.findActiveByAccount(accountId)
			.stream()
			.anyMatch(membership -> membership.getStructure().getId().equals(structureId));
	}

	/**
	 * @param accountId an account of the accounts module
	 * @return the ids of the structures where that account is an editor (writes the
	 * structure's events); empty for a network editor, who belongs to no structure
	 */
	public List<UUID> editorStructuresOf(UUID accountId) {
		return memberships.findActiveByAccount(accountId)
			.stream()
			.filter(membership -> membership.getRole() == StaffRole.EDITOR)
			.map(membership -> membership.getStructure().getId())
			.distinct()
			.toList();
	}

	/**
	 * @return for each of these structures (all of them keys), the account ids of its
	 * counsellors, longest-serving first, read in one query
	 */
	public Map<UUID, List<UUID>> counsellorsOf(Collection<UUID> structureIds) {
		Map<UUID, List<UUID>> counsellors = new LinkedHashMap<>();
		structureIds.forEach(id -> counsellors.put(id, new ArrayList<>()));
		if (!structureIds.isEmpty()) {
			memberships.findActiveByStructuresAndRole(structureIds, StaffRole.COUNSELLOR)
				.forEach(membership -> counsellors.get(membership.getStructure().getId())
					.add(membership.getAccountId()));
		}
		return counsellors;
	}

	/**
	 * @return the account ids of the counsellors of that structure, longest-serving first
	 */
	public List<UUID> counsellorsOf(UUID structureId) {
		return memberships.findActiveByStructuresAndRole(List.of(structureId), StaffRole.COUNSELLOR)
			.stream()
			.map(StaffMembership::getAccountId)
			.toList();
	}

	/**
	 * @return the site, active or not, or empty when unknown
	 */
	public Optional<SiteSummary> findSite(UUID siteId) {
		return sites.findWithStructure(siteId).map(Site::toSummary);
	}

	/**
	 * @return the sites of that structure, active or not, by name; empty when unknown
	 */
	public List<SiteSummary> sitesOf(UUID structureId) {
		return sites.findByStructure(structureId).stream().map(Site::toSummary).toList();
	}

	/**
	 * The opening hours and closures of several sites at once: two reads whatever the
	 * number of sites.
	 * @param siteIds the sites, possibly empty
	 * @param from closures that ended before this day are left out
	 * @return a calendar for each of these sites (unknown ones included, unrestricted),
	 * never {@literal null}
	 */
	public Map<UUID, SiteCalendar> siteCalendars(Collection<UUID> siteIds, LocalDate from) {
		Map<UUID, SiteCalendar> calendars = new LinkedHashMap<>();
		if (siteIds.isEmpty()) {
			return calendars;
		}
		Map<UUID, List<SiteCalendar.Opening>> hours = new LinkedHashMap<>();
		for (SiteOpening opening : openings.findBySiteIdInOrderByDayOfWeekAscOpensAsc(siteIds)) {
			hours.computeIfAbsent(opening.getSiteId(), id -> new java.util.ArrayList<>()).add(opening.toOpening());
		}
		Map<UUID, List<SiteCalendar.Closure>> closed = new LinkedHashMap<>();
		for (SiteClosure closure : closures.findBySiteIdInAndLastDayGreaterThanEqualOrderByFirstDay(siteIds, from)) {
			closed.computeIfAbsent(closure.getSiteId(), id -> new java.util.ArrayList<>()).add(closure.toClosure());
		}
		for (UUID siteId : siteIds) {
			calendars.put(siteId, new SiteCalendar(siteId, hours.getOrDefault(siteId, List.of()),
					closed.getOrDefault(siteId, List.of())));
		}
		return calendars;
	}

	/**
	 * @param postalCodeOrCommune what a person typed: "74100", "1204", "Annemasse", "st
	 * julien en genevois"
	 * @return the coordinates of that place, or empty when unknown or ambiguous (several
	 * communes of that name)
	 */
	public Optional<GeoPoint> locate(String postalCodeOrCommune) {
		Locality locality = localities.lookup(postalCodeOrCommune).locality();
		return Optional.ofNullable(locality).map(Locality::point);
	}

	/**
	 * @param from must not be {@literal null}
	 * @param limit how many sites at most
	 * @return the listed sites (active, of an active structure), nearest first
	 */
	public List<NearbySite> nearestSites(GeoPoint from, int limit) {
		return sites.findListed()
			.stream()
			.map(site -> new NearbySite(site.toSummary(), from.distanceKm(site.point())))
			.sorted(Comparator.comparingDouble(NearbySite::distanceKm).thenComparing(n -> n.site().name()))
			.limit(Math.max(0, limit))
			.toList();
	}

	/**
	 * The site a new dossier goes to: the nearest listed site of the place the person
	 * gave.
	 * @param postalCodeOrCommune a postal code or a commune, as in
	 * {@link #locate(String)}
	 * @return the nearest listed site, or empty when the place is unknown or no site is
	 * listed
	 */
	public Optional<NearbySite> nearestSite(String postalCodeOrCommune) {
		return locate(postalCodeOrCommune).flatMap(point -> nearestSites(point, 1).stream().findFirst());
	}

}
