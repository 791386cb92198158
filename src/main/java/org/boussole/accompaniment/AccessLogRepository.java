package org.boussole.accompaniment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, UUID> {

	List<AccessLogEntry> findTop100ByDossierIdOrderByAtDesc(UUID dossierId);

	long countByDossierId(UUID dossierId);

}
