package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ROME links between interests and the fiches in force, read once and kept in memory
 * as arrays, with the RIASEC signature of each interest: the shares of the six types
 * among the fiches linked to it (see docs/decisions/0012-interest-and-skill-results.md).
 */
final class InterestLinks {

	static final String RIASEC = "RIASEC";

	/** The weight of the principal interest of a fiche against its other interests. */
	static final int PRINCIPAL_WEIGHT = 2;

	/** The weight of a fiche's minor RIASEC type against its major one. */
	static final double MINOR_WEIGHT = 0.5;

	/**
	 * A fiche: its RIASEC types as indexes in {@link #RIASEC} (minor -1 when it has none)
	 * and its interests as indexes in {@link #interests}.
	 */
	record Job(String code, String label, boolean main, int major, int minor, int[] interests, boolean[] principal) {
	}

	final List<Interest> interests;

	final Map<String, Integer> index;

	final List<Job> jobs;

	/** For each interest, the six shares of its signature (all zero without fiches). */
	final double[][] signatures;

	private InterestLinks(List<Interest> interests, List<Job> jobs) {
		this.interests = List.copyOf(interests);
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < interests.size(); i++) {
			positions.put(interests.get(i).code(), i);
		}
		this.index = Map.copyOf(positions);
		this.jobs = List.copyOf(jobs);
		this.signatures = signatures(interests.size(), jobs);
	}

	static Builder builder() {
		return new Builder();
	}

	private static double[][] signatures(int count, List<Job> jobs) {
		double[][] sums = new double[count][RIASEC.length()];
		for (Job job : jobs) {
			for (int l = 0; l < job.interests().length; l++) {
				double weight = job.principal()[l] ? PRINCIPAL_WEIGHT : 1;
				double[] sum = sums[job.interests()[l]];
				if (job.major() >= 0) {
					sum[job.major()] += weight;
				}
				if (job.minor() >= 0) {
					sum[job.minor()] += weight * MINOR_WEIGHT;
				}
			}
		}
		for (double[] sum : sums) {
			double total = 0;
			for (double value : sum) {
				total += value;
			}
			for (int t = 0; t < sum.length; t++) {
				sum[t] = total == 0 ? 0 : sum[t] / total;
			}
		}
		return sums;
	}

	/** Collects rows in any order; links to unknown fiches or interests are left out. */
	static final class Builder {

		private final List<Interest> interests = new ArrayList<>();

		private final Map<String, String[]> jobs = new LinkedHashMap<>();

		private final Map<String, List<Object[]>> links = new HashMap<>();

		void interest(String code, String label, String definition) {
			interests.add(new Interest(code, label, definition));
		}

		/**
		 * @param riasecMinor empty when the fiche has none
		 */
		void job(String code, String label, String parentCode, String riasecMajor, String riasecMinor) {
			jobs.put(code, new String[] { label, parentCode, riasecMajor, riasecMinor });
		}

		void link(String jobCode, String interestCode, boolean principal) {
			links.computeIfAbsent(jobCode, k -> new ArrayList<>()).add(new Object[] { interestCode, principal });
		}

		InterestLinks build() {
			List<Interest> sorted = new ArrayList<>(interests);
			// « 2 » before « 10 »: the ROME order
			sorted.sort(Comparator.comparing((Interest i) -> i.code().length()).thenComparing(Interest::code));
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < sorted.size(); i++) {
				index.put(sorted.get(i).code(), i);
			}
			List<Job> built = new ArrayList<>();
			jobs.forEach((code, row) -> {
				List<Object[]> own = links.getOrDefault(code, List.of())
					.stream()
					.filter(link -> index.containsKey((String) link[0]))
					.toList();
				int[] targets = new int[own.size()];
				boolean[] principal = new boolean[own.size()];
				for (int l = 0; l < own.size(); l++) {
					targets[l] = index.get((String) own.get(l)[0]);
					principal[l] = (Boolean) own.get(l)[1];
				}
				built.add(new Job(code, row[0], code.equals(row[1]), type(row[2]), type(row[3]), targets, principal));
			});
			built.sort(Comparator.comparing(Job::code));
			return new InterestLinks(sorted, built);
		}

		private static int type(String letter) {
			return letter.length() == 1 ? RIASEC.indexOf(letter) : -1;
		}

	}

}
