package org.boussole.activity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

	List<Activity> findByDossierIdOrderByAssignedAtDesc(UUID dossierId);

}
