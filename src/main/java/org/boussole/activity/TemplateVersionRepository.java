package org.boussole.activity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, UUID> {

	Optional<TemplateVersion> findByTemplateIdAndNumber(UUID templateId, int number);

}
