package org.boussole.accompaniment.note;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<Note, UUID> {

	List<Note> findByDossierIdOrderByWrittenAtDescIdAsc(UUID dossierId);

	List<Note> findByDossierIdAndSharedTrueOrderByWrittenAtDescIdAsc(UUID dossierId);

	long countByDossierId(UUID dossierId);

}
