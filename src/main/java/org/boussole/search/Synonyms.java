package org.boussole.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The synonyms and acronyms that editors manage. They are applied to the query when it is
 * run, so that a change counts at the next search without re-indexing, whatever the
 * backend: the list is read once and read again after every change made on this node, and
 * at the latest after {@code boussole.search.synonyms-reload} (one minute), so that other
 * nodes sharing the index see a change too.
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

	private final Duration reload;

	private volatile @Nullable List<Synonym> cached;

	private volatile Instant readAt = Instant.MIN;

	/** The words of the synonyms, with the list they were read from. */
	private volatile @Nullable Words words;

	Synonyms(JdbcTemplate jdbc, Clock clock, @Value("${boussole.search.synonyms-reload:PT1M}") Duration reload) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.reload = reload;
	}

	List<Synonym> all() {
		List<Synonym> list = cached;
		Instant now = clock.instant();
		if (list == null || now.isAfter(readAt.plus(reload))) {
			list = jdbc.query("select id, term, expansions from search.synonym order by lower(term)",
					(rs, n) -> new Synonym(rs.getLong(1), rs.getString(2), split(rs.getString(3))));
			readAt = now;
			cached = list;
		}
		return list;
	}

	/**
	 * @return whether the word is one of the words of a term or of an expansion (such a
	 * word is never taken for a typo)
	 */
	boolean covers(String word) {
		List<Synonym> list = all();
		Words known = words;
		if (known == null || known.from() != list) {
			Set<String> read = new java.util.HashSet<>();
			for (Synonym synonym : list) {
				for (String member : synonym.group()) {
					read.addAll(Arrays.asList(member.split(" ")));
				}
			}
			known = new Words(list, Set.copyOf(read));
			words = known;
		}
		return known.words().contains(word);
	}

	private record Words(List<Synonym> from, Set<String> words) {
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
