package org.boussole.accompaniment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentSettingRepository extends JpaRepository<AssignmentSetting, UUID> {

}
