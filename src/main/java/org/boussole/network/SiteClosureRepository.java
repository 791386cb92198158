package org.boussole.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteClosureRepository extends JpaRepository<SiteClosure, UUID> {

	List<SiteClosure> findBySiteIdInAndLastDayGreaterThanEqualOrderByFirstDay(Collection<UUID> siteIds, LocalDate from);

}
