package org.boussole.search;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The synonyms and acronyms that editors manage. They are applied to the query when it is
 * run, so that a change counts at the next search without re-indexing: the list is read
 * once and read again after every change.
 */
@Service
class Synonyms {

	/** A term and what it may also be written as. */
	record Synonym(long id, String term, List<String> expansions) {

		/**
		 * @return the term and its expansions, normalised
		 */
		List<String> group() {
			List<String> group = new ArrayList<>();
			group.add(SearchText.normalise(term));
			expansions.forEach(e -> group.add(SearchText.normalise(e)));
			return group;
		}

	}

	static final int MAX_VARIANTS = 6;

	private static final Pattern SEPARATOR = Pattern.compile("[,;\\n]");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile @Nullable List<Synonym> cached;

	private volatile @Nullable Set<String> words;

	Synonyms(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Synonym> all() {
		List<Synonym> list = cached;
		if (list == null) {
			list = jdbc.query("select id, term, expansions from search.synonym order by lower(term)",
					(rs, n) -> new Synonym(rs.getLong(1), rs.getString(2), split(rs.getString(3))));
			cached = list;
		}
		return list;
	}

	/**
	 * @return whether the word is one of the words of a term or of an expansion (such a
	 * word is never taken for a typo)
	 */
	boolean covers(String word) {
		Set<String> known = words;
		if (known == null) {
			Set<String> read = new java.util.HashSet<>();
			for (Synonym synonym : all()) {
				for (String member : synonym.group()) {
					read.addAll(Arrays.asList(member.split(" ")));
				}
			}
			known = Set.copyOf(read);
			words = known;
		}
		return known.contains(word);
	}

	static List<String> split(String expansions) {
		return Arrays.stream(SEPARATOR.split(expansions)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * @return whether the term is new (case ignored)
	 */
	boolean add(String term, String expansions) {
		int added = jdbc.update(
				"insert into search.synonym (term, expansions, created_at) values (?, ?, ?) "
						+ "on conflict ((lower(term))) do nothing",
				term.strip(), String.join(", ", split(expansions)), Timestamp.from(clock.instant()));
		cached = null;
		words = null;
		return added == 1;
	}

	/**
	 * @return whether there was such a synonym
	 */
	boolean delete(long id) {
		int deleted = jdbc.update("delete from search.synonym where id = ?", id);
		cached = null;
		words = null;
		return deleted > 0;
	}

	/**
	 * @param normalised a normalised query
	 * @return the query, then the same query with each known term replaced by each of its
	 * synonyms (at most {@value #MAX_VARIANTS} in all)
	 */
	List<String> variants(String normalised) {
		Set<String> variants = new LinkedHashSet<>();
		variants.add(normalised);
		String padded = " " + normalised + " ";
		for (Synonym synonym : all()) {
			List<String> group = synonym.group();
			for (String member : group) {
				if (member.isEmpty() || !padded.contains(" " + member + " ")) {
					continue;
				}
				for (String other : group) {
					if (!other.equals(member) && variants.size() < MAX_VARIANTS) {
						variants.add(padded.replace(" " + member + " ", " " + other + " ").strip());
					}
				}
			}
		}
		return List.copyOf(variants);
	}

}
