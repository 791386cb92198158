package org.boussole.content.editorial;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByItemKindAndItemIdOrderByNumberDesc(EditorialItem kind, UUID itemId);

	Optional<Revision> findByItemKindAndItemIdAndNumber(EditorialItem kind, UUID itemId, int number);

	@Query("select coalesce(max(r.number), 0) from Revision r where r.itemKind = ?1 and r.itemId = ?2")
	int lastNumber(EditorialItem kind, UUID itemId);

}
