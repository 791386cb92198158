package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relevance of the site search on the full index (the real ROME fiches, the starter
 * guides and the demo centres), measured on the realistic queries of
 * {@code search/relevance-queries.txt}: recall at rank 3 (the share of queries whose
 * expected answer is among the first three results) and mean reciprocal rank over the
 * first ten.
 */
@AppIntegrationTest
class RelevanceTests {

	static final double MIN_RECALL_AT_3 = 0.95;

	/** A query and the answers that are right for it. */
	record Case(String query, List<String> expected) {

		boolean matches(SiteSearch.Hit hit) {
			for (String answer : expected) {
				String[] parts = answer.split(":", 2);
				if (hit.type().apiName().equals(parts[0])
						&& (hit.type() == SearchType.CENTRE ? hit.title() : hit.key()).equals(parts[1])) {
					return true;
				}
			}
			return false;
		}

	}

	@Autowired
	SiteSearch search;

	static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = RelevanceTests.class.getResourceAsStream("/search/relevance-queries.txt")) {
			assertThat(in).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|", 2);
				String type = parts[1].strip().split(":", 2)[0];
				List<String> expected = Arrays.stream(parts[1].strip().substring(type.length() + 1).split(","))
					.map(answer -> type + ":" + answer.strip())
					.toList();
				cases.add(new Case(parts[0].strip(), expected));
			}
		}
		return cases;
	}

	/**
	 * @return the rank of the first right answer, from 1, or 0 when it is not in the
	 * first ten
	 */
	int rank(Case c) {
		List<SiteSearch.Hit> hits = search.search(SearchText.of(c.query()), (SearchType) null, 0, 10).hits();
		for (int i = 0; i < hits.size(); i++) {
			if (c.matches(hits.get(i))) {
				return i + 1;
			}
		}
		return 0;
	}

	@Test // #4
	void findsTheExpectedAnswerInTheFirstThreeResultsForNearlyEveryQuery() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
		int inTopThree = 0;
		double reciprocalRanks = 0;
		List<String> missed = new ArrayList<>();
		for (Case c : cases) {
			int rank = rank(c);
			if (rank >= 1 && rank <= 3) {
				inTopThree++;
			}
			else {
				List<String> top = search.search(SearchText.of(c.query()), (SearchType) null, 0, 3)
					.hits()
					.stream()
					.map(h -> h.type().apiName() + ":" + h.key())
					.toList();
				missed.add(c.query() + " -> rank " + (rank == 0 ? ">10" : rank) + ", expected " + c.expected()
						+ ", top " + top);
			}
			reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
		}
		double recall = (double) inTopThree / cases.size();
		double mrr = reciprocalRanks / cases.size();
		System.out.printf("Search relevance over %d queries: recall@3 %.3f, MRR %.3f%n", cases.size(), recall, mrr);
		missed.forEach(m -> System.out.println("  missed: " + m));
		assertThat(recall).as("recall@3; missed: %s", missed).isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
	}

}
