package org.boussole.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffMembershipRepository extends JpaRepository<StaffMembership, UUID> {

	@Query("select m from StaffMembership m join fetch m.structure where m.accountId = ?1 order by m.structure.name")
	List<StaffMembership> findByAccount(UUID accountId);

	@Query("select m from StaffMembership m where m.structure.id = ?1 order by m.since, m.id")
	List<StaffMembership> findByStructure(UUID structureId);

	@Query("select m from StaffMembership m where m.structure.id in ?1 and m.role = ?2 order by m.since, m.id")
	List<StaffMembership> findByStructuresAndRole(Collection<UUID> structureIds, StaffRole role);

	boolean existsByAccountIdAndStructureIdAndRole(UUID accountId, UUID structureId, StaffRole role);

}
