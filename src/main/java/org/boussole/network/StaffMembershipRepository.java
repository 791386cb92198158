package org.boussole.network;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Memberships of structures. Only ACTIVE memberships give anything: every query named
 * "active" reads those alone; an INVITED one waits for its person's answer.
 */
interface StaffMembershipRepository extends JpaRepository<StaffMembership, UUID> {

	@Query("""
			select m from StaffMembership m join fetch m.structure
			where m.accountId = ?1 and m.status = org.boussole.network.StaffMembership.Status.ACTIVE
			order by m.structure.name""")
	List<StaffMembership> findActiveByAccount(UUID accountId);

	@Query("""
			select m from StaffMembership m join fetch m.structure
			where m.accountId = ?1 and m.status = org.boussole.network.StaffMembership.Status.INVITED
			order by m.structure.name""")
	List<StaffMembership> findInvitationsOf(UUID accountId);

	/** Active and invited members alike, for the structure's staff page. */
	@Query("select m from StaffMembership m where m.structure.id = ?1 order by m.since, m.id")
	List<StaffMembership> findByStructure(UUID structureId);

	@Query("""
			select m from StaffMembership m
			where m.structure.id in ?1 and m.role = ?2 and m.status = org.boussole.network.StaffMembership.Status.ACTIVE
			order by m.since, m.id""")
	List<StaffMembership> findActiveByStructuresAndRole(Collection<UUID> structureIds, StaffRole role);

	@Query("""
			select count(m) > 0 from StaffMembership m
			where m.accountId = ?1 and m.structure.id = ?2 and m.role = ?3
			and m.status = org.boussole.network.StaffMembership.Status.ACTIVE""")
	boolean isActive(UUID accountId, UUID structureId, StaffRole role);

	@Query("""
			select count(m) > 0 from StaffMembership m
			where m.accountId = ?1 and m.role = ?2 and m.status = org.boussole.network.StaffMembership.Status.ACTIVE""")
	boolean holdsActiveRole(UUID accountId, StaffRole role);

	/** Whether a membership, active or invited, already exists. */
	boolean existsByAccountIdAndStructureIdAndRole(UUID accountId, UUID structureId, StaffRole role);

}
