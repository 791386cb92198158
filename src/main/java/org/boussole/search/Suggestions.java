package org.boussole.search;

import java.util.List;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/** Job titles that begin like what is being typed, for the autocomplete. */
@Service
class Suggestions {

	private final EntityManager entityManager;

	Suggestions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @return at most {@code size} fiche titles, best first; none for fewer than two
	 * letters
	 */
	@Transactional(readOnly = true)
	List<String> titles(SearchText text, int size) {
		if (text.plain().length() < 2) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(SearchDocument.class)
			.select(f -> f.field("title", String.class))
			.where(f -> f.bool()
				.must(f.simpleQueryString()
					.field("titleSuggest")
					.boost(2f)
					.field("titlesSuggest")
					.matching(text.plain())
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
					.flags(java.util.EnumSet
						.noneOf(org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag.class)))
				.should(f.match().field("main").matching(true).constantScore().boost(0.5f))
				.filter(f.match().field("type").matching(SearchType.METIER)))
			.fetchHits(size);
	}

}
