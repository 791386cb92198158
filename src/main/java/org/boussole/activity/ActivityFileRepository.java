package org.boussole.activity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityFileRepository extends JpaRepository<ActivityFile, UUID> {

	List<ActivityFile> findByActivityIdOrderByUploadedAtAscIdAsc(UUID activityId);

	List<ActivityFile> findByBeneficiaryId(UUID beneficiaryId);

}
