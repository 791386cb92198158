package org.boussole.accompaniment.message;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByDossierId(UUID dossierId);

	Optional<Attachment> findByIdAndDossierId(UUID id, UUID dossierId);

}
