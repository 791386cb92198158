package org.boussole.activity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanUpdateRepository extends JpaRepository<PlanUpdate, UUID> {

	List<PlanUpdate> findByActivityIdOrderByUpdatedAtDescIdAsc(UUID activityId);

	@Modifying
	@Query("delete from PlanUpdate u where u.activityId in (select a.id from Activity a where a.beneficiaryId = ?1)")
	int deleteOfBeneficiary(UUID beneficiaryId);

}
