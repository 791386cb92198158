package org.boussole.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateRepository extends JpaRepository<ActivityTemplate, UUID> {

	Optional<ActivityTemplate> findByBuiltinKey(String builtinKey);

	/** The templates of the network, of the given structures, and of the counsellor. */
	@Query("""
			select t from ActivityTemplate t where t.scope = org.boussole.activity.TemplateScope.NETWORK
			or (t.scope = org.boussole.activity.TemplateScope.STRUCTURE and t.ownerId in :structures)
			or (t.scope = org.boussole.activity.TemplateScope.COUNSELLOR and t.ownerId = :counsellor)
			order by t.archived, lower(t.title)""")
	List<ActivityTemplate> findVisible(Collection<UUID> structures, UUID counsellor);

}
