package org.boussole.network;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteOpeningRepository extends JpaRepository<SiteOpening, UUID> {

	List<SiteOpening> findBySiteIdInOrderByDayOfWeekAscOpensAsc(Collection<UUID> siteIds);

	List<SiteOpening> findBySiteIdOrderByDayOfWeekAscOpensAsc(UUID siteId);

}
