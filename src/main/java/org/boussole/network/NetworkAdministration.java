package org.boussole.network;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the administration pages do, each call checking that the person may manage THAT
 * structure: a network administrator manages every structure, a structure administrator
 * only those where they hold a STRUCTURE_ADMIN membership (404 for an unknown structure,
 * 403 for one out of their scope).
 */
@Service
@Transactional
class NetworkAdministration {

	private final StructureRepository structures;

	private final SiteRepository sites;

	private final StaffMembershipRepository memberships;

	private final LocalityCatalogue localities;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NetworkAdministration(StructureRepository structures, SiteRepository sites, StaffMembershipRepository memberships,
			LocalityCatalogue localities, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.structures = structures;
		this.sites = sites;
		this.memberships = memberships;
		this.localities = localities;
		this.clock = clock;
	}

	static boolean isNetworkAdmin(CurrentUser user) {
		return user.has(Role.NETWORK_ADMIN);
	}

	static void requireNetworkAdmin(CurrentUser user) {
		if (!isNetworkAdmin(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	@Transactional(readOnly = true)
	List<Structure> visibleStructures(CurrentUser user) {
		if (isNetworkAdmin(user)) {
			return structures.findAllByOrderByName();
		}
		return memberships.findActiveByAccount(user.id())
			.stream()
			.filter(StaffMembership::grantsAdministration)
			.map(StaffMembership::getStructure)
			.distinct()
			.toList();
	}

	/**
	 * @return the structure, when this person may manage it
	 */
	@Transactional(readOnly = true)
	Structure structure(CurrentUser user, UUID structureId) {
		Structure structure = structures.findById(structureId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!isNetworkAdmin(user) && !memberships.isActive(user.id(), structureId, StaffRole.STRUCTURE_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return structure;
	}

	UUID createStructure(CurrentUser user, String name, Country country, @Nullable String contactEmail) {
		requireNetworkAdmin(user);
		if (structures.existsByNameIgnoreCase(name.strip())) {
			throw new FormProblem("name", "network.structure.error.duplicate");
		}
		return structures.save(new Structure(name, country, contactEmail, clock.instant())).getId();
	}

	void updateStructure(CurrentUser user, UUID structureId, String name, Country country,
			@Nullable String contactEmail) {
		requireNetworkAdmin(user);
		Structure structure = structure(user, structureId);
		if (structures.existsByNameIgnoreCaseAndIdNot(name.strip(), structureId)) {
			throw new FormProblem("name", "network.structure.error.duplicate");
		}
		try {
			structure.update(name, country, contactEmail, sites.existsByStructureId(structureId));
		}
		catch (IllegalStateException ex) {
			throw new FormProblem("country", "network.structure.error.countryWithSites");
		}
	}

	void setStructureActive(CurrentUser user, UUID structureId, boolean active) {
		requireNetworkAdmin(user);
		Structure structure = structure(user, structureId);
		if (active) {
			structure.activate();
		}
		else {
			structure.deactivate();
		}
	}

	@Transactional(readOnly = true)
	List<Site> sitesOf(CurrentUser user, UUID structureId) {
		structure(user, structureId);
		return sites.findByStructure(structureId);
	}

	/**
	 * @return the site, when it belongs to that structure and this person may manage it
	 */
	@Transactional(readOnly = true)
	Site site(CurrentUser user, UUID structureId, UUID siteId) {
		structure(user, structureId);
		return sites.findWithStructure(siteId)
			.filter(site -> site.getStructure().getId().equals(structureId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	UUID createSite(CurrentUser user, UUID structureId, SiteDetails details) {
		Structure structure = structure(user, structureId);
		UUID id = sites.save(new Site(structure, details, localityOf(structure, details))).getId();
		events.publishEvent(new SiteChanged(id));
		return id;
	}

	void updateSite(CurrentUser user, UUID structureId, UUID siteId, SiteDetails details) {
		Site site = site(user, structureId, siteId);
		site.update(details, localityOf(site.getStructure(), details));
		events.publishEvent(new SiteChanged(siteId));
	}

	void setSiteActive(CurrentUser user, UUID structureId, UUID siteId, boolean active) {
		Site site = site(user, structureId, siteId);
		if (active) {
			site.activate();
		}
		else {
			site.deactivate();
		}
		events.publishEvent(new SiteChanged(siteId));
	}

	private Locality localityOf(Structure structure, SiteDetails details) {
		String postalCode = details.postalCode().strip();
		if (!structure.getCountry().isPostalCode(postalCode)) {
			throw new FormProblem("postalCode", "network.site.error.postalCode." + structure.getCountry().name());
		}
		return localities.find(structure.getCountry(), postalCode, details.commune())
			.orElseThrow(() -> new FormProblem("commune", "network.site.error.unknownCommune"));
	}

}
