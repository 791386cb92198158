package org.boussole.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, UUID> {

	@Query("select s from Site s join fetch s.structure where s.active = true and s.structure.active = true")
	List<Site> findListed();

	@Query("select s from Site s join fetch s.structure where s.structure.id = ?1 order by s.name")
	List<Site> findByStructure(UUID structureId);

	@Query("select s from Site s join fetch s.structure where s.id = ?1")
	Optional<Site> findWithStructure(UUID id);

	boolean existsByStructureId(UUID structureId);

}
